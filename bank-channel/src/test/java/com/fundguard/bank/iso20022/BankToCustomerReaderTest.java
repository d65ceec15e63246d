package com.fundguard.bank.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements and notifications with their headers and balances as the bank wrote them; checking them is the caller's. */
class BankToCustomerReaderTest {

    static final Path ISO20022 = Path.of(System.getProperty("fundguard.testdata"), "iso20022");

    @Test
    void theFinanceFinlandStatementIsHandedOverHeaderFirstWithItsAccountSequenceAndEveryBalance() throws Exception {
        List<String> calls = new ArrayList<>();
        Recorder recorder = new Recorder(calls);

        int entries;
        try (InputStream in = Files.newInputStream(ISO20022.resolve("camt.053.001.02_FinanceFinland_FFFS_sample.xml"))) {
            entries = BankToCustomerReader.read(in, BankToCustomerReader.Kind.STATEMENT, recorder);
        }

        assertThat(entries).isEqualTo(10);
        assertThat(calls).hasSize(12).startsWith("report BANKSTMTID0972009").endsWith("end BANKSTMTID0972009");
        ReportHeader header = recorder.headers.getFirst();
        assertThat(header.number()).isEqualTo(1);
        assertThat(header.account()).as("Acct, not RltdAcct").isEqualTo("FI7433010001222090");
        assertThat(header.accountCurrency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(header.sequenceNumber()).as("LglSeqNb, not ElctrncSeqNb").isEqualTo("97");
        assertThat(header.balances()).extracting(StatementBalance::type, StatementBalance::amount, StatementBalance::credit, StatementBalance::date)
                .containsExactly(
                        tuple("OPBD", new BigDecimal("10000.00"), true, LocalDate.of(2009, 10, 29)),
                        tuple("PRCD", new BigDecimal("10000.00"), true, LocalDate.of(2009, 10, 28)),
                        tuple("CLBD", new BigDecimal("23644.83"), true, LocalDate.of(2009, 10, 29)),
                        tuple("CLAV", new BigDecimal("33644.83"), true, LocalDate.of(2009, 10, 29)));
        assertThat(recorder.entries.getFirst()).satisfies(salaries -> {
            assertThat(salaries.bankTransactionCode()).isEqualTo("PMNT/ICDT/SALA");
            assertThat(salaries.transactionCount()).as("Btch/NbOfTxs").isEqualTo(4);
            assertThat(salaries.batchPaymentInformationId()).isEqualTo("CustRefForSalaBatch");
        });
        assertThat(recorder.entries.get(8)).satisfies(incomingSct -> {
            assertThat(incomingSct.transactionCount()).isEqualTo(1);
            assertThat(incomingSct.counterpartyName()).as("the debtor of a credit").isEqualTo("DEBTOR");
            assertThat(incomingSct.valueDate()).isEqualTo(LocalDate.of(2009, 10, 29));
        });
        assertThat(recorder.entries.get(9).transactionCount()).as("two TxDtls").isEqualTo(2);
        assertThat(recorder.entries.get(9).counterpartyName()).isNull();
    }

    @Test
    void theGenkgoBalancesAreHandedOverAsWrittenEvenInCurrenciesOtherThanTheirEntries() throws Exception {
        for (String file : List.of("camt.053.001.08_genkgo.xml", "camt.053.001.04_genkgo.xml")) {
            Recorder recorder = new Recorder(new ArrayList<>());
            try (InputStream in = Files.newInputStream(ISO20022.resolve(file))) {
                BankToCustomerReader.read(in, BankToCustomerReader.Kind.STATEMENT, recorder);
            }

            ReportHeader header = recorder.headers.getFirst();
            assertThat(header.account()).as("Othr/Id").isEqualTo("NL26VAYB8060476890");
            assertThat(header.accountCurrency()).isNull();
            assertThat(header.balances()).extracting(b -> b.type(), b -> b.amount(), b -> b.currency().getCurrencyCode(), b -> b.credit())
                    .containsExactly(tuple("OPBD", new BigDecimal("18.15"), "EUR", true), tuple("CLBD", new BigDecimal("27.00"), "SEK", false),
                            tuple("OPAV", new BigDecimal("35.00"), "CHF", true), tuple("CLAV", new BigDecimal("2700"), "JPY", false));
            assertThat(recorder.additionalInformation).containsExactly("Additional Information");
        }
    }

    @Test
    void aCamt054V08NotificationIsBoundWithTheStatementsComponents() throws Exception {
        String notification = Files.readString(ISO20022.resolve("camt.053.001.08_genkgo.xml"))
                .replaceAll("(?s)<Bal>.*?</Bal>", "").replace("camt.053.001.08", "camt.054.001.08")
                .replace("BkToCstmrStmt>", "BkToCstmrDbtCdtNtfctn>").replace("Stmt>", "Ntfctn>").replace("StmtPgntn>", "NtfctnPgntn>")
                .replace("AddtlStmtInf>", "AddtlNtfctnInf>");
        Recorder recorder = new Recorder(new ArrayList<>());

        BankToCustomerReader.read(bytes(notification), BankToCustomerReader.Kind.NOTIFICATION, recorder);

        assertThat(recorder.headers).singleElement().satisfies(header -> {
            assertThat(header.kind()).isEqualTo(BankToCustomerReader.Kind.NOTIFICATION);
            assertThat(header.balances()).isEmpty();
        });
        assertThat(recorder.entries).singleElement().satisfies(entry -> {
            assertThat(entry.amount()).isEqualByComparingTo("8.85");
            assertThat(entry.endToEndIds()).containsExactly("MUELL/FINP/RA12345");
            assertThat(entry.counterpartyAccount()).isEqualTo("NL56AGDH9619008421");
        });
        assertThatThrownBy(() -> BankToCustomerReader.read(bytes(notification), BankToCustomerReader.Kind.STATEMENT, recorder))
                .isInstanceOf(IsoMessageException.class).hasMessage("a camt.054.001.08 document is not a statement (camt.053)");
    }

    @Test
    void aBalanceThatCannotBeReadIsRefusedNamingItsStatementAndLine() throws Exception {
        String broken = Files.readString(ISO20022.resolve("camt.053.001.04_ISO20022-MDR-business-example.xml"))
                .replace("<Amt Ccy=\"SEK\">435678.50</Amt>", "<Amt Ccy=\"XXY\">435678.50</Amt>");

        assertThatThrownBy(() -> BankToCustomerReader.read(bytes(broken), BankToCustomerReader.Kind.STATEMENT, new Recorder(new ArrayList<>())))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessage("statement 1, line 50: the CLBD balance is in XXY, which is not an ISO 4217 currency")
                .satisfies(e -> assertThat(((UnreadableStatementException) e).lineNumber()).isEqualTo(50));
    }

    private static ByteArrayInputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Recorder implements BankToCustomerVisitor {
        final List<String> calls;
        final List<ReportHeader> headers = new ArrayList<>();
        final List<StatementEntry> entries = new ArrayList<>();
        final List<String> additionalInformation = new ArrayList<>();

        Recorder(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public void report(ReportHeader header) {
            calls.add("report " + header.id());
            headers.add(header);
        }

        @Override
        public void entry(StatementEntry entry, int line) {
            calls.add("entry " + entry.bankReference());
            entries.add(entry);
        }

        @Override
        public void end(ReportHeader header, String information) {
            calls.add("end " + header.id());
            additionalInformation.add(information);
        }
    }
}
