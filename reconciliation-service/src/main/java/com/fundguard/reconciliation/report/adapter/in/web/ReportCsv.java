package com.fundguard.reconciliation.report.adapter.in.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reports' CSV writer: RFC 4180, UTF-8, CRLF, with FastCSV, the library the statement import reads CSV with. Text
 * that the bank or a person wrote goes through {@link #text} so that a spreadsheet never runs it.
 */
final class ReportCsv {

    /** What a report writes as records. */
    @FunctionalInterface
    interface Body {
        void write(CsvWriter csv) throws IOException;
    }

    private ReportCsv() {
    }

    static void write(OutputStream out, Body body) {
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8)) {
            body.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text the bank or a person wrote, made inert for spreadsheets: a cell starting with = + - @ or a tab would be
     * taken as a formula (CSV injection), so it is prefixed with an apostrophe. Amounts are never passed through here.
     */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
