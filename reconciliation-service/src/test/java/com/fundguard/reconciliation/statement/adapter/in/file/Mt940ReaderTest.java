package com.fundguard.reconciliation.statement.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.reconciliation.statement.domain.BankStatement;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MT940 files as the banks in ../shared/testdata/statements wrote them (SOURCES.md), read unchanged from there. */
class Mt940ReaderTest {

    static final Path STATEMENTS = Path.of(System.getProperty("fundguard.testdata"), "statements");
    static final Currency EUR = Currency.getInstance("EUR");

    private final Mt940Reader reader = new Mt940Reader();

    @Test
    void readsBothAbnAmroMessagesWithTheirBalancesAndEntries() throws IOException {
        List<BankStatement> statements = read("mt940_wolph_jejik_abnamro.sta");

        assertThat(statements).hasSize(2);
        BankStatement first = statements.get(0);
        assertThat(first.statementReference()).isEqualTo("ABN AMRO BANK NV");
        assertThat(first.account()).isEqualTo("517852257");
        assertThat(first.sequenceNumber()).contains("19321/1");
        assertThat(first.openingBalance().mark()).isEqualTo(CreditDebit.CREDIT);
        assertThat(first.openingBalance().amount()).isEqualByComparingTo("3236.28");
        assertThat(first.openingBalance().currency()).isEqualTo(EUR);
        assertThat(first.openingBalance().date()).isEqualTo(LocalDate.of(2011, 5, 22));
        assertThat(first.closingBalance().amount()).isEqualByComparingTo("876.84");
        assertThat(first.closingBalance().date()).isEqualTo(LocalDate.of(2011, 5, 23));
        assertThat(first.entries()).hasSize(8);

        StatementEntry giro = first.entries().get(0);
        assertThat(giro.valueDate()).isEqualTo(LocalDate.of(2011, 5, 24));
        assertThat(giro.bookingDate()).isEqualTo(LocalDate.of(2011, 5, 24));
        assertThat(giro.amount()).isEqualByComparingTo("9"); // written "9," in the file
        assertThat(giro.creditDebit()).isEqualTo(CreditDebit.DEBIT);
        assertThat(giro.currency()).isEqualTo(EUR);
        assertThat(giro.transactionTypeCode()).isEqualTo("N192");
        assertThat(giro.customerReference()).as("NONREF is no reference").isEmpty();
        assertThat(giro.bankReference()).isEmpty();
        assertThat(giro.endToEndReference()).as("free-text :86: yields no guessed reference").isEmpty();
        assertThat(giro.information()).isEqualTo("""
                GIRO   428428 KPN - DIGITENNE    BETALINGSKENM.  000000042188659
                5314606715                       BETREFT FACTUUR D.D. 20-05-2011
                INCL. 1,44 BTW""");

        StatementEntry cardPayment = first.entries().get(1);
        assertThat(cardPayment.valueDate()).isEqualTo(LocalDate.of(2011, 5, 21));
        assertThat(cardPayment.bookingDate()).isEqualTo(LocalDate.of(2011, 5, 23));
        assertThat(cardPayment.amount()).isEqualByComparingTo("11.59");
        assertThat(cardPayment.transactionTypeCode()).isEqualTo("N426");

        BankStatement second = statements.get(1);
        assertThat(second.sequenceNumber()).contains("19322/1");
        assertThat(second.openingBalance().amount()).as(":60M:").isEqualByComparingTo("2876.84");
        assertThat(second.openingBalance().date()).isEqualTo(LocalDate.of(2011, 5, 23));
        assertThat(second.closingBalance().amount()).as(":62M:").isEqualByComparingTo("1849.75");
        assertThat(second.closingBalance().date()).isEqualTo(LocalDate.of(2011, 5, 24));
        assertThat(second.entries()).extracting(StatementEntry::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("9.49"), new BigDecimal("15"));
        assertThat(second.entries().get(1).information())
                .isEqualTo("52.89.39.882                    MYCOM DEN HAAG");
    }

    @Test
    void readsTheIngStatementPastItsHeaderLinesWithTheAccountOwnersReference() throws IOException {
        List<BankStatement> statements = read("mt940_wolph_jejik_ing.sta");

        assertThat(statements).hasSize(1);
        BankStatement statement = statements.get(0);
        assertThat(statement.statementReference()).isEqualTo("MPBZ");
        assertThat(statement.account()).isEqualTo("0001234567");
        assertThat(statement.openingBalance().amount()).isEqualByComparingTo("0.00");
        assertThat(statement.openingBalance().date()).isEqualTo(LocalDate.of(2010, 7, 22));
        assertThat(statement.closingBalance().mark()).isEqualTo(CreditDebit.CREDIT);
        assertThat(statement.closingBalance().amount()).isEqualByComparingTo("3.47");
        assertThat(statement.closingBalance().date()).isEqualTo(LocalDate.of(2010, 7, 23));
        assertThat(statement.entries()).hasSize(7);
        assertThat(statement.information()).as("the :86: after :62F: is about the statement, not an entry")
                .contains("D000004C000002D25,24C28,71");

        StatementEntry ideal = statement.entries().get(2);
        assertThat(ideal.amount()).isEqualByComparingTo("1.11");
        assertThat(ideal.creditDebit()).isEqualTo(CreditDebit.DEBIT);
        assertThat(ideal.transactionTypeCode()).isEqualTo("NTRF");
        assertThat(ideal.customerReference()).contains("TMG TANGO");
        assertThat(ideal.valueDate()).isEqualTo(LocalDate.of(2010, 7, 22));
        assertThat(ideal.bookingDate()).as("no entry date: booked on the value date").isEqualTo(ideal.valueDate());

        StatementEntry credit = statement.entries().get(5);
        assertThat(credit.amount()).isEqualByComparingTo("3.68");
        assertThat(credit.creditDebit()).isEqualTo(CreditDebit.CREDIT);
        assertThat(credit.currency()).isEqualTo(EUR);

        StatementEntry last = statement.entries().get(6);
        assertThat(last.valueDate()).isEqualTo(LocalDate.of(2010, 7, 23));
        assertThat(last.information()).isEqualTo("""
                0111111111 Hr S Marechal
                ROSMALEN Hr S Marechal ROSMALEN
                Betaling transactiedatum: 22-07-2010""");
    }

    /**
     * Finding about the test data, not the reader: the anonymised samples do not add up. Each statement's entries are
     * summed here so that a reader change that drops or mis-signs an entry still fails this test.
     */
    @Test
    void theSampleFilesBalancesDoNotFollowFromTheirEntries() throws IOException {
        List<BankStatement> abnAmro = read("mt940_wolph_jejik_abnamro.sta");
        List<BankStatement> ing = read("mt940_wolph_jejik_ing.sta");

        assertBalanceFinding(abnAmro.get(0), "0", "321.44", "2914.84", "876.84");
        assertBalanceFinding(abnAmro.get(1), "0", "24.49", "2852.35", "1849.75");
        assertBalanceFinding(ing.get(0), "4.68", "50.27", "-45.59", "3.47");
    }

    private static void assertBalanceFinding(BankStatement statement, String credits, String debits,
                                             String fromEntries, String stated) {
        assertThat(statement.totalCredits()).isEqualByComparingTo(credits);
        assertThat(statement.totalDebits()).isEqualByComparingTo(debits);
        assertThat(statement.closingBalanceFromEntries()).isEqualByComparingTo(fromEntries);
        assertThat(statement.closingBalance().signedAmount()).isEqualByComparingTo(stated);
        assertThat(statement.entriesExplainTheBalances()).isFalse();
    }

    @Test
    void aStatementWhoseEntriesAddUpSatisfiesTheBalanceIdentity() {
        BankStatement statement = readText("""
                :20:REF1
                :25:NL91ABNA0417164300
                :28C:1/1
                :60F:D240102EUR100,00
                :61:2401020102C250,50NTRFNONREF//B1
                :86:/EREF/E2E-1//CNTP/NL32INGB0000012345/INGBNL2A/ACME BV/AMSTERDAM///REMI/USTD//INV 1/
                :61:2401030103D20,NTRFE2E-2
                :62F:C240103EUR130,50
                -
                """).get(0);

        assertThat(statement.openingBalance().signedAmount()).isEqualByComparingTo("-100");
        assertThat(statement.entriesExplainTheBalances()).isTrue();
        StatementEntry credit = statement.entries().get(0);
        assertThat(credit.bankReference()).contains("B1");
        assertThat(credit.endToEndReference()).contains("E2E-1");
        assertThat(credit.counterpartyAccount()).contains("NL32INGB0000012345");
        assertThat(credit.counterpartyName()).contains("ACME BV");
        assertThat(statement.entries().get(1).information()).as("a :61: without :86:").isEmpty();
    }

    @Test
    void takesTheEndToEndReferenceAndCounterpartyFromAbnAmrosSepaLayout() {
        StatementEntry entry = readText("""
                ABNANL2A
                940
                ABNANL2A
                :20:ABN AMRO BANK NV
                :25:517852257
                :28:19321/1
                :60F:C131230EUR100,00
                :61:1312310102D10,00N658NONREF
                :86:/TRTP/SEPA OVERBOEKING/IBAN/NL46ABNA0499998748/BIC/ABNANL2A/NAME/
                WOLPH NV/REMI/FACTUUR 123/EREF/PAY-2013-77
                :62F:C140102EUR90,00
                -
                """).get(0).entries().get(0);

        assertThat(entry.endToEndReference()).contains("PAY-2013-77");
        assertThat(entry.counterpartyAccount()).contains("NL46ABNA0499998748");
        assertThat(entry.counterpartyName()).contains("WOLPH NV");
        assertThat(entry.valueDate()).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(entry.bookingDate()).as("entry date across the year end").isEqualTo(LocalDate.of(2014, 1, 2));
    }

    @Test
    void aReversalOfADebitIsACreditMarkedAsReversal() {
        StatementEntry entry = readText("""
                :20:R
                :25:1
                :60F:C240102EUR0,
                :61:240102RD5,NTRFNONREF
                :62F:C240102EUR5,
                """).get(0).entries().get(0);

        assertThat(entry.creditDebit()).isEqualTo(CreditDebit.CREDIT);
        assertThat(entry.reversal()).isTrue();
    }

    @Test
    void aTruncatedMessageIsRefusedNamingItAndNoStatementOfItIsReturned() {
        String file = """
                :20:ONE
                :25:1
                :60F:C240102EUR0,
                :62F:C240102EUR0,
                -
                :20:TWO
                :25:1
                :60F:C240102EUR0,
                :61:240102D5,NTRFNONREF
                """;

        assertThatThrownBy(() -> readText(file))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("test.sta: message 2, line 6: no closing balance :62F:/:62M: (truncated message?)");
    }

    @Test
    void aBadDebitCreditMarkIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> readText("""
                :20:ONE
                :25:1
                :60F:C240102EUR0,

                :61:240102X5,NTRFNONREF
                :62F:C240102EUR0,
                """))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessageContaining("message 1, line 5: debit/credit mark must be C, D, RC or RD")
                .satisfies(e -> assertThat(((MalformedStatementFileException) e).lineNumber()).isEqualTo(5));
    }

    @Test
    void anImpossibleDateOrUnknownCurrencyIsRefused() {
        assertThatThrownBy(() -> readText(":20:A\n:25:1\n:60F:C240231EUR0,\n:62F:C240301EUR0,\n"))
                .hasMessageContaining("line 3: :60F: date 240231 is not YYMMDD");
        assertThatThrownBy(() -> readText(":20:A\n:25:1\n:60F:C240201EUR0,\n:62F:C240301XYZ0,\n"))
                .hasMessageContaining("line 4: :62F: currency XYZ is not an ISO 4217 code");
    }

    @Test
    void anEntryInAnotherCurrencyThanTheStatementIsRefused() {
        assertThatThrownBy(() -> readText(":20:A\n:25:1\n:60F:C240201EUR0,\n:62F:C240301USD0,\n"))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessageContaining("message 1, line 1: closing balance in USD but the statement opened in EUR");
    }

    @Test
    void aFileThatIsNotMt940IsRefusedRatherThanReadAsEmpty() {
        assertThatThrownBy(() -> readText("01,122099999,123456789,240102,1200,1,,,2/\n:25:1\n"))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("test.sta: message 1, line 2: a message starts with :20:, found :25:1");
        assertThatThrownBy(() -> readText("01,122099999,123456789,240102,1200,1,,,2/\n99,,1,2/\n"))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("test.sta: message 1, line 2: no MT940 message (:20: ... :62F:) in the file");
    }

    @Test
    void anMt942InterimReportIsNotReadAsAnMt940() {
        assertThatThrownBy(() -> readText(":20:I1\n:25:1\n:28C:1\n:34F:EUR0,\n:13D:2401021200+0100\n"
                + ":61:240102D5,NTRFNONREF\n:90D:1EUR5,\n:90C:0EUR0,\n-\n"))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("test.sta: message 1, line 4: tag :34F: is not part of an MT940");
    }

    @Test
    void throughTheReaderPortEachMessageIsAHeaderItsEntriesAndItsClosingBalance() throws IOException {
        List<ReadStatements.Read> read = ReadStatements.of(reader, STATEMENTS.resolve("mt940_wolph_jejik_abnamro.sta"));

        assertThat(reader.format()).isEqualTo(com.fundguard.reconciliation.statement.domain.StatementFormat.MT940);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).header().account()).isEqualTo("517852257");
        assertThat(read.get(0).header().currency()).isEqualTo(EUR);
        assertThat(read.get(0).header().openingBalance()).map(b -> b.amount().toPlainString()).contains("3236.28");
        assertThat(read.get(0).entries()).hasSize(8);
        assertThat(read.get(0).closing()).map(b -> b.amount().toPlainString()).contains("876.84");
        assertThat(read.get(1).header().sequenceNumber()).contains("19322/1");
        assertThat(read.get(1).entries()).hasSize(2);
        assertThat(read.get(1).closing()).map(b -> b.date()).contains(LocalDate.of(2011, 5, 24));
    }

    @Test
    void aMalformedSecondMessageReachesTheVisitorWithNothingOfItself() {
        String file = ":20:ONE\n:25:1\n:60F:C240102EUR0,\n:62F:C240102EUR0,\n-\n:20:TWO\n:25:1\n:60F:C240102EUR0,\n"
                + ":61:240102D5,NTRFNONREF\n:61:240102X5,NTRFNONREF\n:62F:C240102EUR0,\n";
        List<String> heard = new java.util.ArrayList<>();

        assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "test.sta",
                new com.fundguard.reconciliation.statement.application.StatementVisitor() {
                    public void begin(com.fundguard.reconciliation.statement.domain.StatementHeader header) {
                        heard.add("begin " + header.statementReference());
                    }

                    public void entry(StatementEntry entry) {
                        heard.add("entry");
                    }

                    public void end(Optional<com.fundguard.reconciliation.statement.domain.Balance> closing) {
                        heard.add("end");
                    }
                }))
                .hasMessageContaining("message 2, line 10: debit/credit mark");
        assertThat(heard).containsExactly("begin ONE", "end");
    }

    @Test
    void readsOneMessageAtATimeSoTheFirstStatementIsThereBeforeALaterMessageIsRead() {
        String file = ":20:ONE\n:25:1\n:60F:C240102EUR0,\n:62F:C240102EUR0,\n-\n:20:TWO\n:61:broken\n";
        List<String> begun = new java.util.ArrayList<>();

        assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "test.sta",
                new com.fundguard.reconciliation.statement.application.StatementVisitor() {
                    public void begin(com.fundguard.reconciliation.statement.domain.StatementHeader header) {
                        begun.add(header.statementReference());
                    }

                    public void entry(StatementEntry entry) {
                    }

                    public void end(Optional<com.fundguard.reconciliation.statement.domain.Balance> closing) {
                    }
                })).isInstanceOf(MalformedStatementFileException.class);

        assertThat(begun).containsExactly("ONE");
    }

    private List<BankStatement> read(String file) throws IOException {
        return statements(ReadStatements.of(reader, STATEMENTS.resolve(file)));
    }

    private List<BankStatement> readText(String text) {
        return statements(ReadStatements.of(reader, text, StandardCharsets.UTF_8, "test.sta"));
    }

    /** What the visitor heard, as the statement model holds it (an MT940 statement always has both balances). */
    private static List<BankStatement> statements(List<ReadStatements.Read> read) {
        return read.stream().map(r -> new BankStatement(r.header().statementReference(), r.header().account(),
                r.header().sequenceNumber(), r.header().openingBalance().orElseThrow(), r.closing().orElseThrow(), r.entries(),
                r.header().information())).toList();
    }
}
