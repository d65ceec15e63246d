package com.fundguard.reconciliation.statement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.reconciliation.statement.domain.CsvColumnMapping.Field;
import com.fundguard.reconciliation.statement.domain.CsvColumnMapping.Problem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A CSV mapping is saved only when it can be read with; each problem names the request field. */
class CsvColumnMappingTest {

    static CsvColumnMapping chineseBankExport() {
        return new CsvColumnMapping("icbc-detail", ",", "GBK", 5, 1, "yyyyMMdd", ".", Optional.of(","),
                Map.of(Field.BOOKING_DATE, "记账日期", Field.VALUE_DATE, "交易日期", Field.DEBIT_AMOUNT, "借方发生额",
                        Field.CREDIT_AMOUNT, "贷方发生额", Field.BALANCE, "余额", Field.COUNTERPARTY_ACCOUNT, "对方账号",
                        Field.COUNTERPARTY_NAME, "对方户名", Field.BANK_REFERENCE, "交易流水号",
                        Field.CUSTOMER_REFERENCE, "备注", Field.INFORMATION, "摘要"),
                Optional.empty(), Optional.of("CNY"), Optional.of("6222020200112233445"));
    }

    static CsvColumnMapping with(CsvColumnMapping m, Map<Field, String> columns, Optional<CsvColumnMapping.SignConvention> sign) {
        return new CsvColumnMapping(m.name(), m.delimiter(), m.charset(), m.headerRows(), m.footerRows(), m.dateFormat(),
                m.decimalSeparator(), m.groupingSeparator(), columns, sign, m.fixedCurrency(), m.fixedAccount());
    }

    @Test
    void aChineseBanksExportMappingHasNoProblems() {
        assertThat(chineseBankExport().problems()).isEmpty();
        assertThat(LocalDate.parse("20240229", chineseBankExport().dateFormatter())).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theDateFormatIsStrict() {
        CsvColumnMapping m = chineseBankExport();

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> LocalDate.parse("20230229", m.dateFormatter())))
                .as("no 29 February 2023, not 28 February either").isNotNull();
    }

    @Test
    void eachSettingThatCannotBeReadIsNamed() {
        CsvColumnMapping bad = new CsvColumnMapping("bad name!", ";;", "NO-SUCH-CHARSET", -1, 101, "dd.MM", "·",
                Optional.of("."), Map.of(Field.AMOUNT, "3", Field.DEBIT_AMOUNT, "Soll", Field.CURRENCY, "0"),
                Optional.empty(), Optional.of("EURO"), Optional.empty());

        assertThat(bad.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                "name", "delimiter", "charset", "headerRows", "footerRows", "dateFormat", "decimalSeparator",
                "columns.debitAmount", "columns.currency", "columns.bookingDate", "columns.amount", "signConvention",
                "fixedCurrency", "fixedCurrency", "fixedAccount");
    }

    @Test
    void amountsComeFromOneSignedColumnOrFromADebitAndACreditColumn() {
        CsvColumnMapping m = chineseBankExport();
        Map<Field, String> onlyDebit = new HashMap<>(m.columns());
        onlyDebit.remove(Field.CREDIT_AMOUNT);
        Map<Field, String> single = new HashMap<>(m.columns());
        single.remove(Field.CREDIT_AMOUNT);
        single.remove(Field.DEBIT_AMOUNT);
        single.put(Field.AMOUNT, "金额");

        assertThat(with(m, onlyDebit, Optional.empty()).problems()).extracting(Problem::field)
                .containsExactly("columns.creditAmount");
        assertThat(with(m, single, Optional.empty()).problems()).extracting(Problem::field)
                .containsExactly("signConvention");
        assertThat(with(m, single, Optional.of(CsvColumnMapping.SignConvention.NEGATIVE_IS_DEBIT)).problems()).isEmpty();
        assertThat(with(m, m.columns(), Optional.of(CsvColumnMapping.SignConvention.NEGATIVE_IS_DEBIT)).problems())
                .extracting(Problem::field).containsExactly("signConvention");
    }

    @Test
    void aColumnNamedByItsHeaderNeedsAHeaderRow() {
        CsvColumnMapping m = chineseBankExport();
        CsvColumnMapping noHeader = new CsvColumnMapping(m.name(), m.delimiter(), m.charset(), 0, 0, m.dateFormat(),
                m.decimalSeparator(), m.groupingSeparator(), Map.of(Field.BOOKING_DATE, "记账日期", Field.AMOUNT, "4"),
                Optional.of(CsvColumnMapping.SignConvention.NEGATIVE_IS_DEBIT), m.fixedCurrency(), m.fixedAccount());

        assertThat(noHeader.problems()).containsExactly(new Problem("columns.bookingDate",
                "names a header column, but there is no header row (headerRows): give its position"));
    }
}
