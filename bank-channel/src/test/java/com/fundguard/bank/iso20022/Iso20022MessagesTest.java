package com.fundguard.bank.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pain.001 out, checked against the ISO schema in ../shared/testdata (not the module's own copy); pain.002 (.10 and .03) in. */
class Iso20022MessagesTest {

    static final Path TESTDATA = Path.of(System.getProperty("fundguard.testdata"));
    static final String POSTFINANCE_V03 = "iso20022/pain.002.001.03.ch.02_PostFinance_reject_sample.xml";

    static PaymentOrder order(String amount) {
        return new PaymentOrder("TR-20261123-000042", "Hangzhou Tea Trading Co., Ltd.", "CN6222000011110001", "FGSANDBOX",
                "Shanghai Steel Co., Ltd.", "31001234567890", "CCBCCNBJ", new BigDecimal(amount), Currency.getInstance("CNY"),
                LocalDate.of(2026, 11, 24), "Invoice 2026-0042, steel delivery");
    }

    @Test
    void aPaymentOrderIsAPain001ThatTheIsoSchemaAccepts() throws Exception {
        byte[] pain001 = Pain001Writer.write(order("125000.50"), "FG-MSG-0001", Instant.parse("2026-11-23T08:15:30Z"));

        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(TESTDATA.resolve("xsd/pain.001.001.09.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(pain001)));
        String xml = new String(pain001, StandardCharsets.UTF_8);
        assertThat(xml).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09").contains("<EndToEndId>TR-20261123-000042</EndToEndId>")
                .contains("Ccy=\"CNY\">125000.50<").contains("<BICFI>CCBCCNBJ</BICFI>").contains("<Id>FGSANDBOX</Id>");
    }

    @Test
    void anOrderTheSchemaWouldRefuseNeverLeaves() {
        PaymentOrder tooLongName = new PaymentOrder("TR-1", "x".repeat(141), "CN6222000011110001", "FGSANDBOX", "Payee", "31001234567890",
                "CCBCCNBJ", new BigDecimal("1.00"), Currency.getInstance("CNY"), LocalDate.of(2026, 11, 24), null);

        assertThatThrownBy(() -> Pain001Writer.write(tooLongName, "FG-MSG-0002", Instant.now()))
                .isInstanceOf(IsoMessageException.class).hasMessageContaining("pain.001.001.09");
    }

    static final String REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document%s>
              <CstmrPmtStsRpt>
                <GrpHdr><MsgId>BANK-STS-77</MsgId><CreDtTm>2026-11-23T08:16:02</CreDtTm></GrpHdr>
                <OrgnlGrpInfAndSts><OrgnlMsgId>FG-MSG-0001</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
                <OrgnlPmtInfAndSts>
                  <OrgnlPmtInfId>TR-20261123-000042</OrgnlPmtInfId>
                  <TxInfAndSts><OrgnlEndToEndId>TR-20261123-000042</OrgnlEndToEndId><TxSts>ACSC</TxSts><AcctSvcrRef>SBX-2026-000981</AcctSvcrRef></TxInfAndSts>
                  <TxInfAndSts><OrgnlEndToEndId>TR-20261123-000043</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                    <StsRsnInf><Rsn><Cd>AC01</Cd></Rsn></StsRsnInf></TxInfAndSts>
                </OrgnlPmtInfAndSts>
              </CstmrPmtStsRpt>
            </Document>
            """;

    @Test
    void aStatusReportReadsTheSameAsV10WithOrWithoutItsNamespaceAndAsIsosV03() {
        for (String namespace : new String[] {" xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"", "",
                " xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.03\""}) {
            PaymentStatusReport report = Pain002Reader.read(REPORT.formatted(namespace).getBytes(StandardCharsets.UTF_8));

            assertThat(report.messageId()).isEqualTo("BANK-STS-77");
            assertThat(report.originalMessageId()).isEqualTo("FG-MSG-0001");
            assertThat(report.groupStatus()).contains("PART");
            assertThat(report.transactions()).containsExactly(
                    new PaymentStatusReport.TransactionStatus("TR-20261123-000042", "ACSC", Optional.empty(), "SBX-2026-000981"),
                    new PaymentStatusReport.TransactionStatus("TR-20261123-000043", "RJCT", Optional.of("AC01"), null));
        }
    }

    @Test
    void theSavedPostFinanceV03RejectionReadsWithItsTransactionStatusAndReason() throws Exception {
        PaymentStatusReport report = Pain002Reader.read(Files.readAllBytes(TESTDATA.resolve(POSTFINANCE_V03)));

        assertThat(report.messageId()).isEqualTo("20180326375204011678275");
        assertThat(report.originalMessageId()).isEqualTo("MsgId-006");
        assertThat(report.groupStatus()).isEmpty();
        assertThat(report.transactions()).containsExactly(
                new PaymentStatusReport.TransactionStatus("EndToEndId-006-01-01", "RJCT", Optional.of("AC01"), null));
    }

    @Test
    void aReportOfAVersionNotReadHereIsRefusedNotHalfRead() {
        String newer = REPORT.formatted(" xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.14\"");

        assertThatThrownBy(() -> Pain002Reader.read(newer.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IsoMessageException.class)
                .hasMessageContaining("pain.002.001.14").hasMessageContaining("pain.002.001.10");
    }

    @Test
    void aV03ReportWithAnElementItsVersionDoesNotHaveIsRefused() throws Exception {
        String altered = Files.readString(TESTDATA.resolve(POSTFINANCE_V03)).replace("<TxSts>RJCT</TxSts>", "<TxSts>RJCT</TxSts><Surprise/>");

        assertThatThrownBy(() -> Pain002Reader.read(altered.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IsoMessageException.class)
                .hasMessageContaining("Surprise");
    }

    @Test
    void aV03ReportsExternalEntityIsNeitherFetchedNorExpanded(@TempDir Path directory) throws Exception {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "SECRET-ACCOUNT-4711");
        AtomicInteger fetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/entity";
            String hostile = Files.readString(TESTDATA.resolve(POSTFINANCE_V03)).replaceFirst("<\\?xml[^>]*\\?>",
                            "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY local SYSTEM \"" + secret.toUri() + "\"><!ENTITY remote SYSTEM \""
                                    + remote + "\">]>")
                    .replace("MsgId-006", "&local;").replace("EndToEndId-006-01-01", "&remote;");

            // Refused at the DOCTYPE, before the version is even looked at.
            assertThatThrownBy(() -> Pain002Reader.read(hostile.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IsoMessageException.class)
                    .hasMessageContaining("DTD").satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("SECRET-ACCOUNT-4711"));
            assertThat(fetches).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anExternalEntityIsNeverFetchedNorExpanded() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt><GrpHdr><MsgId>&secret;</MsgId>
                <CreDtTm>2026-11-23T08:16:02</CreDtTm></GrpHdr><OrgnlGrpInfAndSts><OrgnlMsgId>x</OrgnlMsgId><OrgnlMsgNmId>y</OrgnlMsgNmId>
                </OrgnlGrpInfAndSts></CstmrPmtStsRpt></Document>
                """;

        String hostname = readable(Path.of("/etc/hostname"));

        assertThatThrownBy(() -> Pain002Reader.read(hostile.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IsoMessageException.class)
                .satisfies(refusal -> assertThat(hostname.isBlank() || !refusal.getMessage().contains(hostname)).isTrue());
    }

    static String readable(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
