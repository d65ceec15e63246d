package com.fundguard.reconciliation.statement.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BAI2 as moov-io's CAD sample (../shared/testdata/statements, read unchanged) and variants built from it. */
class Bai2ReaderTest {

    static final Currency CAD = Currency.getInstance("CAD");

    private final Bai2Reader reader = new Bai2Reader();

    static String sample() throws IOException {
        return Files.readString(ReadStatements.STATEMENTS.resolve("bai2_moov_sample1.txt"), StandardCharsets.US_ASCII);
    }

    List<ReadStatements.Read> read(String text) {
        return ReadStatements.of(reader, text, StandardCharsets.UTF_8, "sample.bai");
    }

    @Test
    void readsEachAccountOfTheSampleAsAStatementWithItsEntriesInMinorUnitsOfItsCurrency() throws IOException {
        List<ReadStatements.Read> statements = ReadStatements.of(reader, ReadStatements.STATEMENTS.resolve("bai2_moov_sample1.txt"));

        assertThat(reader.format()).isEqualTo(StatementFormat.BAI2);
        assertThat(statements).hasSize(2);
        ReadStatements.Read first = statements.get(0);
        assertThat(first.header().statementReference()).as("file id of the 01 record").isEqualTo("001");
        assertThat(first.header().account()).isEqualTo("10200123456");
        assertThat(first.header().sequenceNumber()).contains("1/1");
        assertThat(first.header().currency()).isEqualTo(CAD);
        assertThat(first.header().openingBalance()).hasValueSatisfying(opening -> {
            assertThat(opening.amount()).isEqualByComparingTo("0");
            assertThat(opening.mark()).isEqualTo(CreditDebit.CREDIT);
            assertThat(opening.date()).as("the group's as-of date").isEqualTo(LocalDate.of(2006, 3, 17));
        });
        assertThat(first.closing()).hasValueSatisfying(closing -> assertThat(closing.amount()).isEqualByComparingTo("0"));
        assertThat(first.entries()).hasSize(11);
        assertThat(first.entries()).extracting(StatementEntry::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("25.00"), new BigDecimal("900.00"), new BigDecimal("5.00"),
                        new BigDecimal("2035.00"), new BigDecimal("25.00"), new BigDecimal("25.00"),
                        new BigDecimal("200.00"), new BigDecimal("900.00"), new BigDecimal("20.00"),
                        new BigDecimal("25.00"), new BigDecimal("10.00"));
        assertThat(first.entries().get(0).amount().scale()).as("CAD has two decimals").isEqualTo(2);
        assertThat(first.entries()).extracting(StatementEntry::transactionTypeCode)
                .containsExactly("409", "409", "409", "108", "108", "108", "409", "409", "409", "409", "409");
        assertThat(first.entries()).extracting(StatementEntry::creditDebit)
                .containsExactly(CreditDebit.DEBIT, CreditDebit.DEBIT, CreditDebit.DEBIT, CreditDebit.CREDIT,
                        CreditDebit.CREDIT, CreditDebit.CREDIT, CreditDebit.DEBIT, CreditDebit.DEBIT,
                        CreditDebit.DEBIT, CreditDebit.DEBIT, CreditDebit.DEBIT);
        StatementEntry returned = first.entries().get(0);
        assertThat(returned.information()).isEqualTo("RETURNED CHEQUE");
        assertThat(returned.bookingDate()).isEqualTo(LocalDate.of(2006, 3, 17));
        assertThat(returned.valueDate()).as("funds type V").isEqualTo(LocalDate.of(2006, 3, 16));
        assertThat(returned.bankReference()).isEmpty();
        assertThat(returned.currency()).isEqualTo(CAD);
        assertThat(first.entries().get(3).information()).isEqualTo("TFR 1020 0345678");

        ReadStatements.Read second = statements.get(1);
        assertThat(second.header().sequenceNumber()).contains("1/2");
        assertThat(second.entries()).hasSize(6);
        assertThat(second.entries()).extracting(StatementEntry::valueDate).containsOnly(LocalDate.of(2006, 3, 17));
        assertThat(total(second.entries(), CreditDebit.CREDIT)).isEqualByComparingTo("1115.00");
        assertThat(total(second.entries(), CreditDebit.DEBIT)).isEqualByComparingTo("1115.00");
        assertThat(total(first.entries(), CreditDebit.CREDIT)).as("the 88's total credits 100")
                .isEqualByComparingTo("2085.00");
        assertThat(total(first.entries(), CreditDebit.DEBIT)).as("the 88's total debits 400")
                .isEqualByComparingTo("2085.00");
    }

    @Test
    void anAmountChangedAfterTheFileWasWrittenIsCaughtByTheAccountControlTotal() throws IOException {
        String altered = sample().replace("16,409,000000000002500,V,060316,,,,RETURNED CHEQUE",
                "16,409,000000000002600,V,060316,,,,RETURNED CHEQUE");

        assertThatThrownBy(() -> read(altered))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("sample.bai: message 1, line 16: account trailer 49: control total 834000 but the account's"
                        + " amounts add up to 834100");
    }

    @Test
    void aDroppedRecordIsCaughtByTheRecordCounts() throws IOException {
        String dropped = sample().replace("16,409,000000000000500,V,060317,,,,GALERIES RICHELIEU  /\n", "")
                .replace("49,+00000000000446000,9/", "49,+00000000000445500,9/")
                .replace("98,+00000000001280000,2,25/", "98,+00000000001279500,2,25/")
                .replace("99,+00000000001280000,1,27/", "99,+00000000001279500,1,27/");

        assertThatThrownBy(() -> read(dropped))
                .hasMessage("sample.bai: message 2, line 24: account trailer 49: 9 records stated, the account has 8");
    }

    @Test
    void theGroupAndFileTrailersAreCheckedToo() throws IOException {
        assertThatThrownBy(() -> read(sample().replace("98,+00000000001280000,2,25/", "98,+00000000001280000,3,25/")))
                .hasMessageContaining("line 26: group trailer 98: 3 accounts stated, the group has 2");
        assertThatThrownBy(() -> read(sample().replace("99,+00000000001280000,1,27/", "99,+00000000001280001,1,27/")))
                .hasMessageContaining("line 27: file trailer 99: control total 1280001 but the file's groups add up to 1280000");
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        String truncated = sample().substring(0, sample().indexOf("98,"));

        assertThatThrownBy(() -> read(truncated)).hasMessageContaining("no file trailer 99 (truncated file?)");
    }

    @Test
    void ledgerBalancesWinOverAvailableOnesAndContinuedTextIsKeptLineByLine() {
        String file = """
                01,BANK,CUST,240102,1200,F7,,,2/
                02,CUST,BANK,1,240102,,JPY,/
                03,ACC-9,,010,-1500,,,015,+2500,,,040,99,,/
                88,045,77,,/
                16,195,4000,Z,B-REF,C-REF,WIRE FROM ACME, INV 1/2/
                88,MORE TEXT/
                49,5176,5/
                98,5176,1,7/
                99,5176,1,9/
                """;

        ReadStatements.Read statement = read(file).get(0);

        assertThat(statement.header().currency()).as("the group's currency").isEqualTo(Currency.getInstance("JPY"));
        assertThat(statement.header().statementReference()).isEqualTo("F7");
        assertThat(statement.header().openingBalance()).hasValueSatisfying(opening -> {
            assertThat(opening.amount()).isEqualByComparingTo("1500");
            assertThat(opening.mark()).as("a negative ledger balance is overdrawn").isEqualTo(CreditDebit.DEBIT);
        });
        assertThat(statement.closing()).hasValueSatisfying(closing -> assertThat(closing.amount()).isEqualByComparingTo("2500"));
        StatementEntry wire = statement.entries().get(0);
        assertThat(wire.amount()).as("JPY has no minor unit").isEqualByComparingTo("4000");
        assertThat(wire.creditDebit()).isEqualTo(CreditDebit.CREDIT);
        assertThat(wire.bankReference()).contains("B-REF");
        assertThat(wire.customerReference()).contains("C-REF");
        assertThat(wire.valueDate()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(wire.information()).isEqualTo("WIRE FROM ACME, INV 1/2\nMORE TEXT");
    }

    @Test
    void aTypeCodeOutsideTheCreditAndDebitRangesIsRefusedRatherThanGuessed() {
        String file = """
                01,BANK,CUST,240102,1200,F7,,,2/
                02,CUST,BANK,1,240102,,USD,/
                03,ACC-9,,,/
                16,890,0,Z,,,INFORMATION ONLY/
                49,0,3/
                98,0,1,5/
                99,0,1,7/
                """;

        assertThatThrownBy(() -> read(file))
                .hasMessage("sample.bai: message 1, line 4: transaction detail 16 type code 890 is neither a credit"
                        + " (100-399, 920-959) nor a debit (400-699, 960-999)");
    }

    @Test
    void aFileThatIsNotBai2IsRefused() {
        assertThatThrownBy(() -> read(":20:REF\n:25:1\n"))
                .hasMessageContaining("line 1: a BAI2 record starts with a two-digit code and a comma");
        assertThatThrownBy(() -> read("01,BANK,CUST,240102,1200,F7,,,1/\n"))
                .hasMessageContaining("line 1: file header 01 says version 1; only BAI version 2 is read");
    }

    private static BigDecimal total(List<StatementEntry> entries, CreditDebit direction) {
        return entries.stream().filter(e -> e.creditDebit() == direction).map(StatementEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
