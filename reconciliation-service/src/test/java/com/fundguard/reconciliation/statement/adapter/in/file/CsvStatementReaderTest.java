package com.fundguard.reconciliation.statement.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.CsvColumnMapping;
import com.fundguard.reconciliation.statement.domain.CsvColumnMapping.Field;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CSV exports read with saved mappings: a Chinese bank's GBK account detail, and a European semicolon export. */
class CsvStatementReaderTest {

    static final Charset GBK = Charset.forName("GBK");

    static CsvColumnMapping chineseBankExport() {
        return new CsvColumnMapping("icbc-detail", ",", "GBK", 5, 1, "yyyyMMdd", ".", Optional.of(","),
                Map.of(Field.BOOKING_DATE, "记账日期", Field.VALUE_DATE, "交易日期", Field.DEBIT_AMOUNT, "借方发生额",
                        Field.CREDIT_AMOUNT, "贷方发生额", Field.BALANCE, "余额", Field.COUNTERPARTY_ACCOUNT, "对方账号",
                        Field.COUNTERPARTY_NAME, "对方户名", Field.BANK_REFERENCE, "交易流水号",
                        Field.CUSTOMER_REFERENCE, "备注", Field.INFORMATION, "摘要"),
                Optional.empty(), Optional.of("CNY"), Optional.of("6222020200112233445"));
    }

    static InputStream bankExport() {
        return CsvStatementReaderTest.class.getResourceAsStream("/statements/bank_export_gbk.csv");
    }

    @Test
    void readsAChineseBanksGbkExportPastItsTitleAndAccountLinesAndWithoutItsTotalsRow() throws IOException {
        List<ReadStatements.Read> statements;
        try (InputStream in = bankExport()) {
            statements = ReadStatements.of(new CsvStatementReader(chineseBankExport()), in, "明细.csv");
        }

        assertThat(statements).hasSize(1);
        ReadStatements.Read statement = statements.get(0);
        assertThat(statement.header().account()).isEqualTo("6222020200112233445");
        assertThat(statement.header().currency()).isEqualTo(Currency.getInstance("CNY"));
        assertThat(statement.header().statementReference()).as("the mapping's name").isEqualTo("icbc-detail");
        assertThat(statement.header().openingBalance()).as("the balance before the first row").hasValueSatisfying(opening -> {
            assertThat(opening.amount()).isEqualByComparingTo("100000.00");
            assertThat(opening.mark()).isEqualTo(CreditDebit.CREDIT);
            assertThat(opening.date()).isEqualTo(LocalDate.of(2024, 1, 2));
        });
        assertThat(statement.closing()).hasValueSatisfying(closing -> {
            assertThat(closing.amount()).isEqualByComparingTo("89488.25");
            assertThat(closing.date()).isEqualTo(LocalDate.of(2024, 1, 3));
        });
        assertThat(statement.entries()).as("the 合计 row is a footer, not an entry").hasSize(4);
        assertThat(statement.entries()).extracting(StatementEntry::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("12500.00"), new BigDecimal("3.25"), new BigDecimal("15.00"),
                        new BigDecimal("2000.00"));
        assertThat(statement.entries()).extracting(StatementEntry::creditDebit)
                .containsExactly(CreditDebit.DEBIT, CreditDebit.CREDIT, CreditDebit.DEBIT, CreditDebit.CREDIT);
        StatementEntry payment = statement.entries().get(0);
        assertThat(payment.information()).isEqualTo("货款");
        assertThat(payment.counterpartyName()).contains("北京某某科技有限公司");
        assertThat(payment.counterpartyAccount()).contains("6222600110022334455");
        assertThat(payment.bankReference()).contains("HQ2024010200017");
        assertThat(payment.customerReference()).contains("PAY-2024-0001");
        assertThat(payment.currency()).isEqualTo(Currency.getInstance("CNY"));
        StatementEntry receipt = statement.entries().get(3);
        assertThat(receipt.information()).as("a quoted field keeps its comma").isEqualTo("收款,货款 INV-88");
        assertThat(receipt.valueDate()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(receipt.bookingDate()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(statement.entries().get(1).counterpartyName()).as("an empty cell is no value").isEmpty();
    }

    @Test
    void aBalanceThatDoesNotFollowFromTheRowBeforeIsRefusedNamingTheLine() throws IOException {
        String altered;
        try (InputStream in = bankExport()) {
            altered = new String(in.readAllBytes(), GBK).replace("\"87,488.25\"", "\"87,488.52\"");
        }

        assertThatThrownBy(() -> ReadStatements.of(new CsvStatementReader(chineseBankExport()), altered, GBK, "明细.csv"))
                .isInstanceOf(MalformedStatementFileException.class)
                .hasMessage("明细.csv: message 1, line 8: the balance 87488.52 (columns.balance) does not follow from"
                        + " the row before (87503.25) and the amount -15.00 (rows in booking order?)");
    }

    @Test
    void theFileReadInAnotherCharsetThanItsOwnIsRefusedNotMisread() throws IOException {
        CsvColumnMapping utf8 = new CsvColumnMapping("utf8", ",", "UTF-8", 5, 1, "yyyyMMdd", ".", Optional.of(","),
                Map.of(Field.BOOKING_DATE, "1", Field.DEBIT_AMOUNT, "4", Field.CREDIT_AMOUNT, "5"),
                Optional.empty(), Optional.of("CNY"), Optional.of("1"));

        try (InputStream in = bankExport()) {
            assertThatThrownBy(() -> ReadStatements.of(new CsvStatementReader(utf8), in, "明细.csv"))
                    .hasMessage("明细.csv: message 1, line 1: the text is not UTF-8 (the mapping's charset)");
        }
    }

    static CsvColumnMapping semicolonExport() {
        return new CsvColumnMapping("sparkasse", ";", "UTF-8", 1, 0, "dd.MM.yyyy", ",", Optional.of("."),
                Map.of(Field.ACCOUNT, "Konto", Field.BOOKING_DATE, "Buchungstag", Field.VALUE_DATE, "Valuta",
                        Field.AMOUNT, "Betrag", Field.CURRENCY, "Währung", Field.END_TO_END_REFERENCE, "EREF",
                        Field.TRANSACTION_TYPE, "5"),
                Optional.of(CsvColumnMapping.SignConvention.NEGATIVE_IS_DEBIT), Optional.empty(), Optional.empty());
    }

    static final String SEMICOLONS = """
            \uFEFFKonto;Buchungstag;Valuta;Betrag;Art;Währung;EREF
            DE02100100109307118603;30.12.2024;02.01.2025;-1.234,56;SEPA;EUR;E2E-1
            DE02100100109307118603;31.12.2024;31.12.2024;10,00;SEPA;EUR;
            DE02100100109307118603;31.12.2024;31.12.2024;5,00;FX;USD;
            DE89370400440532013000;02.01.2025;02.01.2025;-0,01;FEE;EUR;
            """;

    @Test
    void consecutiveRowsOfOneAccountAndCurrencyAreOneStatementAndASignedAmountSaysTheDirection() {
        List<ReadStatements.Read> statements = ReadStatements.of(new CsvStatementReader(semicolonExport()), SEMICOLONS,
                StandardCharsets.UTF_8, "umsatz.csv");

        assertThat(statements).extracting(s -> s.header().account() + " " + s.header().currency() + " " + s.entries().size())
                .containsExactly("DE02100100109307118603 EUR 2", "DE02100100109307118603 USD 1",
                        "DE89370400440532013000 EUR 1");
        assertThat(statements).allSatisfy(s -> {
            assertThat(s.header().openingBalance()).as("no balance column, no balances").isEmpty();
            assertThat(s.closing()).isEmpty();
        });
        StatementEntry debit = statements.get(0).entries().get(0);
        assertThat(debit.amount()).isEqualByComparingTo("1234.56");
        assertThat(debit.creditDebit()).isEqualTo(CreditDebit.DEBIT);
        assertThat(debit.bookingDate()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(debit.valueDate()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(debit.endToEndReference()).contains("E2E-1");
        assertThat(debit.transactionTypeCode()).as("by position").isEqualTo("SEPA");
        assertThat(statements.get(0).entries().get(1).creditDebit()).isEqualTo(CreditDebit.CREDIT);
        assertThat(statements.get(2).entries().get(0).amount()).isEqualByComparingTo("0.01");
    }

    @Test
    void aCellThatIsNotWhatTheMappingSaysIsRefusedNamingLineAndField() {
        CsvStatementReader reader = new CsvStatementReader(semicolonExport());

        assertThatThrownBy(() -> ReadStatements.of(reader, SEMICOLONS.replace("31.12.2024;31.12.2024;10,00", "31.12.2024;31.12.2024;10.00"),
                StandardCharsets.UTF_8, "umsatz.csv"))
                .hasMessage("umsatz.csv: message 1, line 3: '10.00' (columns.amount) is not an amount with the decimal"
                        + " separator ',' and grouping '.'");
        assertThatThrownBy(() -> ReadStatements.of(reader, SEMICOLONS.replace("30.12.2024", "31.02.2024"),
                StandardCharsets.UTF_8, "umsatz.csv"))
                .hasMessageContaining("line 2: '31.02.2024' (columns.bookingDate) is not a date as dd.MM.yyyy");
        assertThatThrownBy(() -> ReadStatements.of(reader, SEMICOLONS.replace(";FX;USD;", ";FX;XXY;"),
                StandardCharsets.UTF_8, "umsatz.csv"))
                .hasMessageContaining("line 4: 'XXY' (columns.currency) is not an ISO 4217 currency code");
        assertThatThrownBy(() -> ReadStatements.of(reader, SEMICOLONS.replace("Betrag", "Amount"),
                StandardCharsets.UTF_8, "umsatz.csv"))
                .hasMessageContaining("line 1: the header row has no column 'Betrag' (columns.amount)");
    }

    @Test
    void aRowWithBothOrNeitherDebitAndCreditIsRefused() throws IOException {
        String both;
        try (InputStream in = bankExport()) {
            both = new String(in.readAllBytes(), GBK).replace(",,3.25,", ",1.00,3.25,");
        }

        assertThatThrownBy(() -> ReadStatements.of(new CsvStatementReader(chineseBankExport()), both, GBK, "明细.csv"))
                .hasMessageContaining("line 7: both a debit (columns.debitAmount) and a credit amount (columns.creditAmount)");
    }
}
