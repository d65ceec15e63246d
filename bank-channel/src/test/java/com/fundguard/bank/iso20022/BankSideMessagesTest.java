package com.fundguard.bank.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** What the bank reads (pain.001) and writes (pain.002, camt.053), checked against ../shared/testdata's ISO schemas. */
class BankSideMessagesTest {

    static final Path TESTDATA = Path.of(System.getProperty("fundguard.testdata"));
    static final Currency CNY = Currency.getInstance("CNY");

    static void validates(byte[] xml, String xsd) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(TESTDATA.resolve("xsd").resolve(xsd).toFile())
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void theBankReadsBackTheOrderThePlatformWrote() {
        PaymentOrder order = Iso20022MessagesTest.order("125000.50");

        ReceivedPaymentOrder received = Pain001Reader.read(Pain001Writer.write(order, "FG-MSG-0001", Instant.parse("2026-11-23T08:15:30Z")));

        assertThat(received.order()).isEqualTo(order);
        assertThat(received.messageId()).isEqualTo("FG-MSG-0001");
        assertThat(received.paymentInformationId()).isEqualTo(order.endToEndId());
    }

    @Test
    void aDocumentTheSchemaRefusesOrThatIsNoXmlAtAllIsRefused() {
        String valid = new String(Pain001Writer.write(Iso20022MessagesTest.order("1.00"), "FG-MSG-0002", Instant.EPOCH), StandardCharsets.UTF_8);
        byte[] withoutAmount = valid.replaceAll("<Amt>.*?</Amt>", "").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Pain001Reader.read(withoutAmount)).isInstanceOf(IsoMessageException.class).hasMessageContaining("pain.001.001.09");
        assertThatThrownBy(() -> Pain001Reader.read("not xml".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IsoMessageException.class);
    }

    @Test
    void anAmountFinerThanTheCurrencyAllowsIsRefused() {
        String valid = new String(Pain001Writer.write(Iso20022MessagesTest.order("1.00"), "FG-MSG-0003", Instant.EPOCH), StandardCharsets.UTF_8);
        byte[] milliFen = valid.replace(">1.00<", ">1.001<").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Pain001Reader.read(milliFen)).isInstanceOf(IsoMessageException.class).hasMessageContaining("decimals");
    }

    @Test
    void aStatusReportTheBankWritesIsValidAndReadsBackTheSame() throws Exception {
        PaymentStatusReport report = new PaymentStatusReport("SBX-STS-1", "FG-MSG-0001", Optional.empty(), List.of(
                new PaymentStatusReport.TransactionStatus("0f1e2d3c4b5a69788796a5b4c3d2e1f0", "RJCT", Optional.of("AM04"), null)));

        byte[] pain002 = Pain002Writer.write(report, "0f1e2d3c4b5a69788796a5b4c3d2e1f0", Instant.parse("2026-11-23T08:16:02Z"));

        validates(pain002, "pain.002.001.10.xsd");
        assertThat(Pain002Reader.read(pain002)).isEqualTo(report);
    }

    @Test
    void aStatementTheBankWritesIsValidAndItsEntriesAndBalancesReadBack() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 23);
        AccountStatement statement = new AccountStatement("SBX-STMT-1", Instant.parse("2026-11-24T00:05:00Z"), "CN6222000011110001",
                "Hangzhou Tea Trading Co.", CNY, day, new BigDecimal("1000.00"), new BigDecimal("-50.00"), List.of(
                new AccountStatement.Line("SBX-1", "0f1e2d3c4b5a69788796a5b4c3d2e1f0", AccountStatement.Kind.ISSUED_CREDIT_TRANSFER,
                        new BigDecimal("1200.00"), false, day, day, "Shanghai Steel", "31001234567890"),
                new AccountStatement.Line("SBX-2", null, AccountStatement.Kind.RECEIVED_CREDIT_TRANSFER,
                        new BigDecimal("150.00"), true, day, day, "A customer", null)));

        byte[] camt053 = Camt053Writer.write(statement);

        validates(camt053, "camt.053.001.08.xsd");
        List<StatementEntry> entries = new ArrayList<>();
        Camt053Reader.read(new ByteArrayInputStream(camt053), entries::add);
        assertThat(entries).containsExactly(
                new StatementEntry(new BigDecimal("1200.00"), CNY, false, "BOOK", day, "SBX-1", List.of("0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
                        day, false, "PMNT/ICDT/OTHR", null, "Shanghai Steel", "31001234567890", 1, null, null),
                new StatementEntry(new BigDecimal("150.00"), CNY, true, "BOOK", day, "SBX-2", List.of(),
                        day, false, "PMNT/RCDT/OTHR", null, "A customer", null, 1, null, null));
        assertThat(new String(camt053, StandardCharsets.UTF_8)).contains("<Cd>OPBD</Cd>").contains("<Cd>CLBD</Cd>")
                .containsPattern("<Amt Ccy=\"CNY\">50.00</Amt>\\s*<CdtDbtInd>DBIT</CdtDbtInd>");
    }

    @Test
    void aStatementWhoseLinesDoNotAddUpIsNeverWritten() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThatThrownBy(() -> new AccountStatement("SBX-STMT-2", Instant.EPOCH, "CN6222000011110001", null, CNY, day,
                BigDecimal.TEN, BigDecimal.ONE, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
