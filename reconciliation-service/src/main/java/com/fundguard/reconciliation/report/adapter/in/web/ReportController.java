package com.fundguard.reconciliation.report.adapter.in.web;

import com.fundguard.reconciliation.report.application.DailyReconciliationReport;
import com.fundguard.reconciliation.report.application.MatchRatesReport;
import com.fundguard.reconciliation.report.application.ReconciliationReports;
import com.fundguard.reconciliation.report.domain.InvalidReportRequestException;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge;
import com.fundguard.reconciliation.report.domain.ReportPeriod;
import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import com.fundguard.web.ApiProblems;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reconciliation reports for the enterprise's auditors and authorizers: the daily report (CSV, PDF), open cases by age
 * (JSON, CSV, PDF) and match rates (JSON, CSV). Every parameter is checked here and a bad one answered 400 naming it.
 */
@RestController
class ReportController {

    private static final int MAX_ACCOUNT = 64;

    private final ReconciliationReports reports;

    ReportController(ReconciliationReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/enterprises/{enterpriseId}/accounts/{account}/days/{date}/report")
    ResponseEntity<?> daily(@PathVariable UUID enterpriseId, @PathVariable String account, @PathVariable String date,
                            @RequestParam String format, @AuthenticationPrincipal Jwt token) {
        auditorOrAuthorizer(token, enterpriseId);
        if (account.isBlank() || account.length() > MAX_ACCOUNT) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("account", "must be 1 to " + MAX_ACCOUNT + " characters"));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("date", "must be an ISO date (yyyy-MM-dd)"));
        }
        if (!format.equals("CSV") && !format.equals("PDF")) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("format", "must be CSV or PDF"));
        }
        DailyReconciliationReport report = reports.daily(enterpriseId, account, day);
        String name = "reconciliation-" + fileNamePart(account) + "-" + day;
        return format.equals("CSV") ? csv(name, out -> DailyReportCsv.write(report, out)) : pdf(name, out -> DailyReportPdf.write(report, out));
    }

    @GetMapping("/api/enterprises/{enterpriseId}/reports/open-cases")
    ResponseEntity<?> openCases(@PathVariable UUID enterpriseId, @RequestParam(required = false) String format,
                                @AuthenticationPrincipal Jwt token) {
        auditorOrAuthorizer(token, enterpriseId);
        String as = format(format, List.of("JSON", "CSV", "PDF"));
        OpenCasesByAge report = reports.openCasesByAge(enterpriseId);
        String name = "open-cases-" + report.today();
        return switch (as) {
            case "CSV" -> csv(name, out -> OpenCasesCsv.write(report, out));
            case "PDF" -> pdf(name, out -> OpenCasesPdf.write(report, out));
            default -> ResponseEntity.ok(OpenCasesView.of(report));
        };
    }

    @GetMapping("/api/enterprises/{enterpriseId}/reports/match-rates")
    ResponseEntity<?> matchRates(@PathVariable UUID enterpriseId, @RequestParam(required = false) String account,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String format, @AuthenticationPrincipal Jwt token) {
        auditorOrAuthorizer(token, enterpriseId);
        if (account != null && (account.isBlank() || account.length() > MAX_ACCOUNT)) {
            throw new InvalidReportRequestException("account", "must be 1 to " + MAX_ACCOUNT + " characters, or left out for every account");
        }
        ReportPeriod period = new ReportPeriod(date("from", from), date("to", to));
        String as = format(format, List.of("JSON", "CSV"));
        MatchRatesReport report = reports.matchRates(enterpriseId, Optional.ofNullable(account), period);
        String name = "match-rates-" + (account == null ? "" : fileNamePart(account) + "-") + period.from() + "-" + period.to();
        return as.equals("CSV") ? csv(name, out -> MatchRatesCsv.write(report, out)) : ResponseEntity.ok(MatchRatesView.of(report));
    }

    @ExceptionHandler(InvalidReportRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReportRequestException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field(), e.getMessage()));
    }

    private static void auditorOrAuthorizer(Jwt token, UUID enterpriseId) {
        Caller caller = Caller.of(token);
        caller.personIn(enterpriseId);
        if (!caller.holdsIn(enterpriseId, "AUDITOR") && !caller.holdsIn(enterpriseId, "AUTHORIZER")) {
            throw new AccessRefusedException("only an AUDITOR or an AUTHORIZER reads reconciliation reports");
        }
    }

    /** The format asked for; JSON when none is. */
    private static String format(String format, List<String> offered) {
        String as = format == null ? "JSON" : format;
        if (!offered.contains(as)) {
            throw new InvalidReportRequestException("format", "must be one of " + String.join(", ", offered));
        }
        return as;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidReportRequestException(field, "is required: an ISO date (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidReportRequestException(field, "must be an ISO date (yyyy-MM-dd)");
        }
    }

    private static String fileNamePart(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    // A report is built in memory before the first byte goes out, so a failure is a 500, never half a file. The daily
    // report is one account's day; the others hold counts and the open cases, not lines.
    private static ResponseEntity<byte[]> csv(String name, Consumer<OutputStream> writer) {
        return document(name + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8), writer);
    }

    private static ResponseEntity<byte[]> pdf(String name, Consumer<OutputStream> writer) {
        return document(name + ".pdf", MediaType.APPLICATION_PDF, writer);
    }

    private static ResponseEntity<byte[]> document(String fileName, MediaType type, Consumer<OutputStream> writer) {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        writer.accept(document);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(document.toByteArray());
    }
}
