package com.fundguard.bank.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** pain.001 out, checked against the ISO schema in ../shared/testdata (not the module's own copy); pain.002 in. */
class Iso20022MessagesTest {

    static final Path TESTDATA = Path.of(System.getProperty("fundguard.testdata"));

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
    void aStatusReportIsReadWithAndWithoutTheNamespaceOnItsDocument() {
        for (String namespace : new String[] {" xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"", ""}) {
            PaymentStatusReport report = Pain002Reader.read(REPORT.formatted(namespace).getBytes(StandardCharsets.UTF_8));

            assertThat(report.originalMessageId()).isEqualTo("FG-MSG-0001");
            assertThat(report.groupStatus()).contains("PART");
            assertThat(report.transactions()).containsExactly(
                    new PaymentStatusReport.TransactionStatus("TR-20261123-000042", "ACSC", Optional.empty(), "SBX-2026-000981"),
                    new PaymentStatusReport.TransactionStatus("TR-20261123-000043", "RJCT", Optional.of("AC01"), null));
        }
    }

    @Test
    void aReportOfAnotherVersionIsRefusedNotHalfRead() {
        String older = REPORT.formatted(" xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.03\"");

        assertThatThrownBy(() -> Pain002Reader.read(older.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IsoMessageException.class);
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
            return java.nio.file.Files.readString(file).strip();
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
