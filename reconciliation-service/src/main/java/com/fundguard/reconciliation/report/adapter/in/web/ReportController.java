package com.fundguard.reconciliation.report.adapter.in.web;

import com.fundguard.reconciliation.report.application.DailyReconciliationReport;
import com.fundguard.reconciliation.report.application.ReconciliationReports;
import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import com.fundguard.web.ApiProblems;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation reports for the enterprise's auditors and authorizers, as CSV or PDF. */
@RestController
class ReportController {

    private final ReconciliationReports reports;

    ReportController(ReconciliationReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/enterprises/{enterpriseId}/accounts/{account}/days/{date}/report")
    ResponseEntity<?> daily(@PathVariable UUID enterpriseId, @PathVariable String account, @PathVariable String date,
                            @RequestParam String format, @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        caller.personIn(enterpriseId);
        if (!caller.holdsIn(enterpriseId, "AUDITOR") && !caller.holdsIn(enterpriseId, "AUTHORIZER")) {
            throw new AccessRefusedException("only an AUDITOR or an AUTHORIZER reads reconciliation reports");
        }
        if (account.isBlank() || account.length() > 64) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("account", "must be 1 to 64 characters"));
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
        // A day's report is small (one account, one day): built in memory, so a failure is a 500, never half a file.
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        boolean csv = format.equals("CSV");
        if (csv) {
            DailyReportCsv.write(report, document);
        } else {
            DailyReportPdf.write(report, document);
        }
        String name = "reconciliation-" + account.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + day + (csv ? ".csv" : ".pdf");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(document.toByteArray());
    }
}
