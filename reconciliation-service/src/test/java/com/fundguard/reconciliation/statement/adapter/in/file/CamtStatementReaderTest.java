package com.fundguard.reconciliation.statement.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fundguard.reconciliation.bench.GeneratedCamt053;
import com.fundguard.reconciliation.statement.application.StatementVisitor;
import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.BankStatement;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** camt.053 and camt.054 as banks send them; the files of ../shared/testdata/iso20022 (SOURCES.md) read unchanged. */
class CamtStatementReaderTest {

    static final Path ISO20022 = Path.of(System.getProperty("fundguard.testdata"), "iso20022");
    static final String FINANCE_FINLAND = "camt.053.001.02_FinanceFinland_FFFS_sample.xml";
    static final String ISO_EXAMPLE = "camt.053.001.04_ISO20022-MDR-business-example.xml";
    static final String GENKGO_V04 = "camt.053.001.04_genkgo.xml";
    static final String GENKGO_V08 = "camt.053.001.08_genkgo.xml";
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency SEK = Currency.getInstance("SEK");

    private final CamtStatementReader camt053 = CamtStatementReader.camt053();
    private final CamtStatementReader camt054 = CamtStatementReader.camt054();

    @Test
    void eachReaderSaysWhichFormatItReads() {
        assertThat(camt053.format()).isEqualTo(StatementFormat.CAMT053);
        assertThat(camt054.format()).isEqualTo(StatementFormat.CAMT054);
    }

    @Test
    void theFinanceFinlandV02StatementReadsWithItsBookedBalancesAndTenEntries() throws IOException {
        Read statement = single(readFile(camt053, FINANCE_FINLAND));

        assertThat(statement.header.statementReference()).isEqualTo("BANKSTMTID0972009");
        assertThat(statement.header.account()).as("Acct, not RltdAcct").isEqualTo("FI7433010001222090");
        assertThat(statement.header.currency()).isEqualTo(EUR);
        assertThat(statement.header.sequenceNumber()).as("LglSeqNb before ElctrncSeqNb 120").contains("97");
        assertThat(statement.header.openingBalance()).as("OPBD, not the PRCD of the day before")
                .contains(new Balance(CreditDebit.CREDIT, new BigDecimal("10000.00"), EUR, LocalDate.of(2009, 10, 29)));
        assertThat(statement.header.information()).isEmpty();
        assertThat(statement.closing).as("CLBD, not CLAV 33644.83")
                .contains(new Balance(CreditDebit.CREDIT, new BigDecimal("23644.83"), EUR, LocalDate.of(2009, 10, 29)));
        assertThat(statement.entries).hasSize(10).allSatisfy(entry -> {
            assertThat(entry.currency()).isEqualTo(EUR);
            assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2009, 10, 29));
            assertThat(entry.reversal()).isFalse();
        });
        assertThat(statement.entries).extracting(e -> e.bankReference().orElseThrow()).containsExactly("091029ACCTSTMTARCH01",
                "091029ACCTSTMTARCH02", "091029ACCTSTMTARCH03", "091029ACCTSTMTARCH04", "091029ACCTSTMTARCH21", "091029ACCTSTMTARCH05",
                "091029ACCTSTMTARCH06", "091029ACCTSTMTARCH07", "091029ACCTSTMTARCH08", "091029ACCTSTMTARCH09");

        StatementEntry salaries = statement.entries.get(0);
        assertThat(salaries.amount()).isEqualByComparingTo("1000.12");
        assertThat(salaries.creditDebit()).isEqualTo(CreditDebit.DEBIT);
        assertThat(salaries.transactionTypeCode()).as("ISO's code before the proprietary one").isEqualTo("PMNT/ICDT/SALA");
        assertThat(salaries.endToEndReference()).isEmpty();
        assertThat(salaries.customerReference()).as("the batch's PmtInfId").contains("CustRefForSalaBatch");
        assertThat(salaries.supplementaryDetails()).contains("batch of 4 (PmtInfId CustRefForSalaBatch)");

        StatementEntry batchWithDetails = statement.entries.get(2);
        assertThat(batchWithDetails.amount()).as("the entry's own amount, not a payment's").isEqualByComparingTo("4230.05");
        assertThat(batchWithDetails.counterpartyName()).as("three payments to one creditor are still three").isEmpty();
        assertThat(batchWithDetails.supplementaryDetails()).contains("batch of 3 (PmtInfId CustRefForPmtBatch9)");

        StatementEntry valuedNextDay = statement.entries.get(6);
        assertThat(valuedNextDay.amount()).isEqualByComparingTo("2120.00");
        assertThat(valuedNextDay.valueDate()).isEqualTo(LocalDate.of(2009, 10, 30));

        StatementEntry incomingSct = statement.entries.get(8);
        assertThat(incomingSct.amount()).isEqualByComparingTo("10000.00");
        assertThat(incomingSct.creditDebit()).isEqualTo(CreditDebit.CREDIT);
        assertThat(incomingSct.endToEndReference()).contains("EndToEndIdSCT01");
        assertThat(incomingSct.counterpartyName()).as("the debtor of a credit").contains("DEBTOR");
        assertThat(incomingSct.counterpartyAccount()).as("the file gives no DbtrAcct").isEmpty();
        assertThat(incomingSct.supplementaryDetails()).isEmpty();

        // The file's own TxsSummry: credits 23075.00, debits 9430.17, from OPBD 10000.00 to CLBD 23644.83.
        BankStatement whole = statement.statement();
        assertThat(whole.totalCredits()).isEqualByComparingTo("23075.00");
        assertThat(whole.totalDebits()).isEqualByComparingTo("9430.17");
        assertThat(whole.entriesExplainTheBalances()).isTrue();
    }

    @Test
    void theIsoBusinessExampleV04ReadsWithBookingDatesFromItsDateTimesAndItsBatchOfTwenty() throws IOException {
        Read statement = single(readFile(camt053, ISO_EXAMPLE));

        assertThat(statement.header.statementReference()).isEqualTo("AAAASESS-FP-STAT001");
        assertThat(statement.header.account()).as("Acct/Id/Othr/Id").isEqualTo("50000000054910000003");
        assertThat(statement.header.currency()).as("no Acct/Ccy: the opening balance's").isEqualTo(SEK);
        assertThat(statement.header.sequenceNumber()).isEmpty();
        assertThat(statement.header.openingBalance()).contains(new Balance(CreditDebit.CREDIT, new BigDecimal("500000"), SEK,
                LocalDate.of(2010, 10, 15)));
        assertThat(statement.closing).contains(new Balance(CreditDebit.CREDIT, new BigDecimal("435678.50"), SEK, LocalDate.of(2010, 10, 18)));
        assertThat(statement.entries).extracting(StatementEntry::amount, StatementEntry::creditDebit, StatementEntry::bookingDate,
                        StatementEntry::transactionTypeCode, StatementEntry::endToEndReference)
                .containsExactly(
                        tuple(new BigDecimal("105678.50"), CreditDebit.CREDIT, LocalDate.of(2010, 10, 18), "PAYM/0001/0005",
                                Optional.of("MUELL/FINP/RA12345")),
                        tuple(new BigDecimal("200000"), CreditDebit.DEBIT, LocalDate.of(2010, 10, 18), "PAYM/0001/0003", Optional.empty()),
                        tuple(new BigDecimal("30000"), CreditDebit.CREDIT, LocalDate.of(2010, 10, 18), "TREA/0002/0000",
                                Optional.of("AAAASS1085FINPSS")));
        assertThat(statement.entries.get(0).counterpartyName()).contains("MUELLER");
        assertThat(statement.entries.get(1).supplementaryDetails()).as("Btch without TxDtls").contains("batch of 20 (PmtInfId FINP-0055/001)");
        assertThat(statement.entries.get(1).customerReference()).contains("FINP-0055/001");
        assertThat(statement.entries.get(2).customerReference()).as("InstrId").contains("FP-004567-FX");
        assertThat(statement.entries.get(2).currency()).as("the entry's SEK, not its payment's EUR 3255").isEqualTo(SEK);
        assertThat(statement.statement().entriesExplainTheBalances()).isTrue();
    }

    /**
     * Finding about the test data: genkgo's synthetic fixtures (.04 and .08) open in EUR 18.15 credit and close in SEK
     * 27.00 debit (OPAV in CHF, CLAV in JPY) around one EUR 8.85 credit. A statement is per account and currency, so the
     * SEK closing balance cannot close a EUR statement: the statement is read, its closing balance is left out and the
     * header says why, so the day cannot be closed on it without anyone being told.
     */
    @Test
    void theGenkgoStatementsAreReadWithTheirClosingBalanceInAnotherCurrencyLeftOutAndNamed() throws IOException {
        for (String file : List.of(GENKGO_V04, GENKGO_V08)) {
            Read statement = single(readFile(camt053, file));

            assertThat(statement.header.statementReference()).isEqualTo("253EURNL26VAYB8060476890");
            assertThat(statement.header.account()).as("Othr/Id").isEqualTo("NL26VAYB8060476890");
            assertThat(statement.header.sequenceNumber()).contains("12312");
            assertThat(statement.header.currency()).isEqualTo(EUR);
            assertThat(statement.header.openingBalance()).contains(new Balance(CreditDebit.CREDIT, new BigDecimal("18.15"), EUR,
                    LocalDate.of(2014, 12, 30)));
            assertThat(statement.header.information()).contains("CLBD 27.00 DBIT SEK of 2014-12-30 not taken: the statement is in EUR");
            assertThat(statement.closing).isEmpty();
            StatementEntry entry = single(statement.entries);
            assertThat(entry.amount()).isEqualByComparingTo("8.85");
            assertThat(entry.currency()).isEqualTo(EUR);
            assertThat(entry.creditDebit()).isEqualTo(CreditDebit.CREDIT);
            assertThat(entry.bookingDate()).as("DtTm 2014-12-31T13:15:00+01:00").isEqualTo(LocalDate.of(2014, 12, 31));
            assertThat(entry.valueDate()).isEqualTo(LocalDate.of(2015, 1, 2));
            assertThat(entry.bankReference()).contains("AAAASESS-FP-CN_98765/01");
            assertThat(entry.counterpartyName()).contains("NAME NAME");
            assertThat(entry.counterpartyAccount()).contains("NL56AGDH9619008421");
        }
        assertThat(single(single(readFile(camt053, GENKGO_V08)).entries).transactionTypeCode()).isEqualTo("PMNT/RCDT/BOOK");
        assertThat(single(single(readFile(camt053, GENKGO_V04)).entries).transactionTypeCode()).isEqualTo("PAYM/0001/0005");
        assertThat(single(single(readFile(camt053, GENKGO_V08)).entries).endToEndReference()).contains("MUELL/FINP/RA12345");
        assertThat(single(single(readFile(camt053, GENKGO_V04)).entries).endToEndReference()).as("only a proprietary reference").isEmpty();
    }

    /**
     * camt.054 notifications built from the test data's statements as the camt.054 message definition arranges the same
     * ISO components (BankToCustomerDebitCreditNotification: Ntfctn with Id, Acct and Ntry, no balances): the ISO MDR
     * business example (.04), Finance Finland's (.02) and genkgo's (.08), with their statement elements renamed and their
     * balances taken out. No camt.054 sample is in ../shared/testdata.
     */
    @Test
    void aDebitCreditNotificationReadsItsEntriesWithoutBalances() throws IOException {
        Read iso = single(readText(camt054, notification(ISO_EXAMPLE, "04")));
        assertThat(iso.header.statementReference()).isEqualTo("AAAASESS-FP-STAT001");
        assertThat(iso.header.currency()).as("no Acct/Ccy and no balance: the first entry's").isEqualTo(SEK);
        assertThat(iso.header.openingBalance()).isEmpty();
        assertThat(iso.closing).isEmpty();
        assertThat(iso.entries).extracting(StatementEntry::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("105678.50"), new BigDecimal("200000"), new BigDecimal("30000"));

        Read finland = single(readText(camt054, notification(FINANCE_FINLAND, "02")));
        assertThat(finland.header.account()).isEqualTo("FI7433010001222090");
        assertThat(finland.header.currency()).as("Acct/Ccy").isEqualTo(EUR);
        assertThat(finland.entries).hasSize(10);
        assertThat(finland.entries.get(8).endToEndReference()).contains("EndToEndIdSCT01");

        Read genkgo = single(readText(camt054, notification(GENKGO_V08, "08")));
        assertThat(single(genkgo.entries).counterpartyAccount()).contains("NL56AGDH9619008421");
        assertThat(single(genkgo.entries).endToEndReference()).contains("MUELL/FINP/RA12345");
    }

    @Test
    void eachReaderRefusesTheOtherMessageNamingIt() throws IOException {
        assertThatThrownBy(() -> readText(camt053, notification(GENKGO_V08, "08")))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("test.xml: message 1, line 1: a camt.054.001.08 document is not a statement (camt.053)");
        assertThatThrownBy(() -> readFile(camt054, GENKGO_V08))
                .hasMessageEndingWith("a camt.053.001.08 document is not a notification (camt.054)");
    }

    @Test
    void aBatchBookingKeepsItsOwnAmountAndEveryEndToEndId() {
        String batch = v08Document(v08Statement("S1", "CLBD", "1000.00", """
                <Ntry><Amt Ccy="CNY">1000.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-11-23</Dt></BookgDt><AcctSvcrRef>SBX-B1</AcctSvcrRef>
                <NtryDtls><Btch><PmtInfId>PMT-7</PmtInfId><NbOfTxs>3</NbOfTxs></Btch>
                <TxDtls><Refs><EndToEndId>E2E-1</EndToEndId></Refs><Amt Ccy="CNY">600.00</Amt><CdtDbtInd>DBIT</CdtDbtInd></TxDtls>
                <TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><Amt Ccy="CNY">300.00</Amt><CdtDbtInd>DBIT</CdtDbtInd></TxDtls>
                <TxDtls><Refs><EndToEndId>E2E-3</EndToEndId></Refs><Amt Ccy="CNY">100.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
                <RltdPties><Cdtr><Pty><Nm>Only one of three</Nm></Pty></Cdtr></RltdPties></TxDtls>
                </NtryDtls></Ntry>""", "2000.00"));

        StatementEntry entry = single(single(readText(camt053, batch)).entries);

        assertThat(entry.amount()).isEqualByComparingTo("1000.00");
        assertThat(entry.endToEndReference()).isEmpty();
        assertThat(entry.counterpartyName()).isEmpty();
        assertThat(entry.customerReference()).contains("PMT-7");
        assertThat(entry.supplementaryDetails()).contains("batch of 3 (PmtInfId PMT-7); end-to-end ids: E2E-1 | E2E-3");
    }

    @Test
    void aReversalIsMarkedAndEachStatementOfAFileKeepsItsOwnEntries() {
        String twoStatements = v08Document(v08Statement("S1", "CLBD", "1.00", entry("S1-1", "<RvslInd>true</RvslInd>"), "0")
                + v08Statement("S2", "CLBD", "1.00", entry("S2-1", ""), "0"));

        List<Read> statements = readText(camt053, twoStatements);

        assertThat(statements).extracting(s -> s.header.statementReference(), s -> s.entries.size(), s -> s.entries.get(0).reversal())
                .containsExactly(tuple("S1", 1, true), tuple("S2", 1, false));
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedNamingTheLineWhereItBreaks() throws IOException {
        String broken = Files.readString(ISO20022.resolve(ISO_EXAMPLE)).replace("<AcctSvcrRef>AAAASESS-FP-ACCR-01</AcctSvcrRef>",
                "<AcctSvcrRef>AAAASESS-FP-ACCR-01</AcctSvc>");
        List<Read> read = new ArrayList<>();
        Recorder recorder = new Recorder(read);

        assertThatThrownBy(() -> camt053.read(bytes(broken), "broken.xml", recorder))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessageStartingWith("broken.xml: message 1, line " + lineOf(broken, "AAAASESS-FP-ACCR-01") + ": not readable XML: ")
                .satisfies(e -> assertThat(((MalformedStatementFileException) e).lineNumber()).isEqualTo(107));
        assertThat(recorder.entries).as("what came before the break was handed on; the caller discards it").hasSize(1);
    }

    @Test
    void anEntryWithAnElementItsVersionDoesNotHaveIsRefusedNamingTheLineItStartsOn() throws IOException {
        for (String file : List.of(ISO_EXAMPLE, GENKGO_V08)) {
            String altered = Files.readString(ISO20022.resolve(file)).replace("<AcctSvcrRef>AAAASESS-FP-CN_98765/01</AcctSvcrRef>",
                    "<AcctSvcrRef>AAAASESS-FP-CN_98765/01</AcctSvcrRef><Surprise/>");
            int ntryLine = lineOf(altered, "<Ntry>");

            assertThatThrownBy(() -> readText(camt053, altered))
                    .isInstanceOf(MalformedStatementFileException.class)
                    .hasMessageStartingWith("test.xml: message 1, line " + ntryLine + ": ")
                    .hasMessageContaining("Surprise");
        }
    }

    @Test
    void aPendingEntryIsRefusedRatherThanCountedAgainstTheBookedBalances() throws IOException {
        String pending = Files.readString(ISO20022.resolve(ISO_EXAMPLE)).replaceFirst("<Sts>BOOK</Sts>", "<Sts>PDNG</Sts>");

        assertThatThrownBy(() -> readText(camt053, pending))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("test.xml: message 1, line 62: entry 1 (AAAASESS-FP-CN_98765/01) is PDNG, not booked: only booked entries "
                        + "move the balances");
    }

    @Test
    void aStatementWithoutAnOpeningOrClosingBookedBalanceIsRefusedNamingIt() throws IOException {
        String isoExample = Files.readString(ISO20022.resolve(ISO_EXAMPLE));

        assertThatThrownBy(() -> readText(camt053, isoExample.replace("<Cd>OPBD</Cd>", "<Cd>OPAV</Cd>")))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("test.xml: message 1, line 13: no opening booked balance (OPBD or PRCD) in statement AAAASESS-FP-STAT001");
        assertThatThrownBy(() -> readText(camt053, isoExample.replace("<Cd>CLBD</Cd>", "<Cd>CLAV</Cd>")))
                .hasMessage("test.xml: message 1, line 13: no closing booked balance (CLBD) in statement AAAASESS-FP-STAT001");
    }

    @Test
    void anEntryInAnotherCurrencyThanItsStatementIsRefused() throws IOException {
        String mixed = Files.readString(ISO20022.resolve(ISO_EXAMPLE)).replace("<Amt Ccy=\"SEK\">30000</Amt>", "<Amt Ccy=\"EUR\">30000</Amt>");

        assertThatThrownBy(() -> readText(camt053, mixed))
                .hasMessage("test.xml: message 1, line 125: entry 3 (AAAASESS-FP-CONF-FX) is in EUR but the statement is in SEK");
    }

    @Test
    void aFileDeclaringAnExternalEntityIsRefusedAndNothingOfItIsRead() throws IOException {
        String hostile = Files.readString(ISO20022.resolve(ISO_EXAMPLE))
                .replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("AAAASESS-FP-CN_98765/01", "&x;");
        Recorder recorder = new Recorder(new ArrayList<>());

        assertThatThrownBy(() -> camt053.read(bytes(hostile), "hostile.xml", recorder))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessageStartingWith("hostile.xml: message 1, line 1: not readable XML: ")
                .hasMessageNotContaining("root:");
        assertThat(recorder.nothingReceived()).isTrue();
    }

    @Test
    void aBillionLaughsFileIsRefusedBeforeAnyEntityIsExpanded() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Document [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n").append(v08Document(v08Statement("&lol9;", "CLBD", "0", "", "0")));
        Recorder recorder = new Recorder(new ArrayList<>());

        assertThatThrownBy(() -> camt053.read(bytes(laughs.toString()), "laughs.xml", recorder))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessageStartingWith("laughs.xml: message 1, line ")
                .hasMessageContaining("not readable XML");
        assertThat(recorder.nothingReceived()).isTrue();
    }

    /** A few thousand entries from a stream made as it is read (the benchmark's, bench/LargeCamtImportBenchmark). */
    @Test
    void aGeneratedStatementOfThousandsOfEntriesReadsEveryEntryOnceAndAddsUp() {
        int count = 5_000;
        List<Read> read = new ArrayList<>();

        camt053.read(new GeneratedCamt053(count), "generated.xml", new Recorder(read));

        Read statement = single(read);
        assertThat(statement.entries).hasSize(count);
        assertThat(statement.entries.get(count - 1).endToEndReference()).contains(GeneratedCamt053.endToEndIdOf(count));
        assertThat(statement.entries.get(count - 1).counterpartyAccount()).isPresent();
        assertThat(statement.statement().entriesExplainTheBalances()).isTrue();
        assertThat(statement.closing.orElseThrow().signedAmount()).isEqualByComparingTo(BigDecimal.valueOf(GeneratedCamt053.closingCents(count), 2));
    }

    // --- what a reader hands over, recorded

    /** One statement as handed to the visitor. */
    static final class Read {
        final StatementHeader header;
        final List<StatementEntry> entries = new ArrayList<>();
        Optional<Balance> closing;

        Read(StatementHeader header) {
            this.header = header;
        }

        BankStatement statement() {
            return new BankStatement(header.statementReference(), header.account(), header.sequenceNumber(), header.openingBalance().orElseThrow(),
                    closing.orElseThrow(), entries, header.information());
        }
    }

    static final class Recorder implements StatementVisitor {
        final List<Read> statements;
        final List<StatementEntry> entries = new ArrayList<>();

        Recorder(List<Read> statements) {
            this.statements = statements;
        }

        @Override
        public void begin(StatementHeader header) {
            statements.add(new Read(header));
        }

        @Override
        public void entry(StatementEntry entry) {
            entries.add(entry);
            statements.getLast().entries.add(entry);
        }

        @Override
        public void end(Optional<Balance> closingBalance) {
            statements.getLast().closing = closingBalance;
        }

        boolean nothingReceived() {
            return statements.isEmpty() && entries.isEmpty();
        }
    }

    private static List<Read> readFile(CamtStatementReader reader, String file) throws IOException {
        List<Read> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ISO20022.resolve(file))) {
            reader.read(in, file, new Recorder(read));
        }
        assertThat(read).allSatisfy(statement -> assertThat(statement.closing).as("ended").isNotNull());
        return read;
    }

    private static List<Read> readText(CamtStatementReader reader, String xml) {
        List<Read> read = new ArrayList<>();
        reader.read(bytes(xml), "test.xml", new Recorder(read));
        return read;
    }

    /** The statement file as a camt.054.001.{version} notification: same components, no balances. */
    private static String notification(String statementFile, String version) throws IOException {
        return Files.readString(ISO20022.resolve(statementFile))
                .replaceAll("(?s)<Bal>.*?</Bal>", "")
                .replace("camt.053.001." + version, "camt.054.001." + version)
                .replace("BkToCstmrStmt>", "BkToCstmrDbtCdtNtfctn>")
                .replace("<Stmt>", "<Ntfctn>").replace("</Stmt>", "</Ntfctn>")
                .replace("StmtPgntn>", "NtfctnPgntn>")
                .replace("AddtlStmtInf>", "AddtlNtfctnInf>");
    }

    private static String v08Document(String statements) {
        return "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-11-24T00:05:00Z</CreDtTm></GrpHdr>" + statements + "</BkToCstmrStmt></Document>";
    }

    private static String v08Statement(String id, String closingType, String closing, String entries, String opening) {
        String statement = "<Stmt><Id>" + id + "</Id><Acct><Id><IBAN>CN00TEST</IBAN></Id><Ccy>CNY</Ccy></Acct>"
                + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"CNY\">" + opening + "</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<Dt><Dt>2026-11-23</Dt></Dt></Bal>"
                + "<Bal><Tp><CdOrPrtry><Cd>" + closingType + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"CNY\">" + closing + "</Amt>"
                + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-23</Dt></Dt></Bal>" + entries + "</Stmt>";
        return statement;
    }

    private static String entry(String reference, String reversal) {
        return "<Ntry><Amt Ccy=\"CNY\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>" + reversal + "<Sts><Cd>BOOK</Cd></Sts>"
                + "<BookgDt><Dt>2026-11-23</Dt></BookgDt><AcctSvcrRef>" + reference + "</AcctSvcrRef></Ntry>";
    }

    private static int lineOf(String text, String first) {
        return (int) text.substring(0, text.indexOf(first)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static ByteArrayInputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }
}
