package com.fundguard.reconciliation.statement.adapter.in.web;

import com.fundguard.reconciliation.statement.adapter.in.file.MalformedStatementFileException;
import com.fundguard.reconciliation.statement.application.StatementNotStorable;
import com.fundguard.reconciliation.statement.application.StatementReception;
import com.fundguard.reconciliation.statement.application.UploadRefused;
import com.fundguard.reconciliation.statement.domain.ImportSummary;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementImport;
import com.fundguard.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statement files of an enterprise, delivered as the raw file in the request body (streamed to the import, never
 * held in memory). Imported and read by the accounting side: AUDITOR or AUTHORIZER of the enterprise.
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/statements")
class StatementController {

    static final URI UNREADABLE = URI.create("https://fundguard.example/problems/unreadable-statement-file");

    private final StatementReception reception;

    StatementController(StatementReception reception) {
        this.reception = reception;
    }

    record Period(LocalDate from, LocalDate to) {
    }

    record AccountView(String account, String currency, LocalDate from, LocalDate to, long entries) {
    }

    record ImportView(UUID id, String format, String mapping, String sha256, long sizeBytes, Instant importedAt,
                      String status, boolean duplicate, Integer statements, Long entries, List<AccountView> accounts,
                      Period period) {
        static ImportView of(StatementImport s, boolean duplicate) {
            Optional<ImportSummary> summary = s.summary();
            return new ImportView(s.id(), s.format().name(), s.csvMapping().orElse(null), s.sha256(), s.sizeBytes(),
                    s.importedAt(), s.status().name(), duplicate,
                    summary.map(ImportSummary::statements).orElse(null), summary.map(ImportSummary::entries).orElse(null),
                    summary.map(x -> x.accounts().stream().map(a -> new AccountView(a.account(),
                            a.currency().getCurrencyCode(), a.from().orElse(null), a.to().orElse(null), a.entries()))
                            .toList()).orElse(List.of()),
                    summary.map(x -> new Period(x.from().orElse(null), x.to().orElse(null))).orElse(null));
        }
    }

    @PostMapping
    ResponseEntity<?> receive(@PathVariable UUID enterpriseId, @AuthenticationPrincipal Jwt token,
                              @RequestParam String format, @RequestParam Optional<String> mapping,
                              @RequestParam Optional<String> filename, HttpServletRequest request) throws IOException {
        StatementAccess.check(token, enterpriseId, "imports statements");
        StatementFormat statementFormat;
        try {
            statementFormat = StatementFormat.valueOf(format);
        } catch (IllegalArgumentException unknown) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("format",
                    "must be one of " + List.of(StatementFormat.values())));
        }
        String source = filename.filter(f -> !f.isBlank() && f.length() <= 255)
                .orElse("upload." + statementFormat.name().toLowerCase());
        StatementReception.Reception received;
        try (InputStream body = request.getInputStream()) {
            received = reception.receive(new StatementReception.Upload(enterpriseId, statementFormat, mapping, source), body);
        }
        ImportView view = ImportView.of(received.statement(), received.duplicate());
        URI location = URI.create("/api/enterprises/" + enterpriseId + "/statements/" + view.id());
        return received.duplicate() ? ResponseEntity.ok().location(location).body(view) : ResponseEntity.created(location).body(view);
    }

    @GetMapping
    List<ImportView> latest(@PathVariable UUID enterpriseId, @AuthenticationPrincipal Jwt token) {
        StatementAccess.check(token, enterpriseId, "reads statements");
        return reception.latest(enterpriseId, 100).stream().map(s -> ImportView.of(s, false)).toList();
    }

    @GetMapping("/{importId}")
    ResponseEntity<ImportView> one(@PathVariable UUID enterpriseId, @PathVariable UUID importId,
                                   @AuthenticationPrincipal Jwt token) {
        StatementAccess.check(token, enterpriseId, "reads statements");
        return reception.find(enterpriseId, importId).map(s -> ImportView.of(s, false)).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(UploadRefused.class)
    ResponseEntity<ProblemDetail> refused(UploadRefused e) {
        ProblemDetail problem = ApiProblems.fieldProblem(e.field(), e.getMessage());
        HttpStatus status = switch (e.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NO_READER -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        };
        problem.setStatus(status.value());
        return ResponseEntity.status(status).body(problem);
    }

    /** The file cannot be read as its format says: where (file, message or statement, line) and why; nothing kept. */
    @ExceptionHandler(MalformedStatementFileException.class)
    ResponseEntity<ProblemDetail> unreadable(MalformedStatementFileException e) {
        return unreadable(e.getMessage(), Map.of("file", e.source(), "message", e.messageNumber(),
                "line", e.lineNumber(), "reason", e.reason()));
    }

    @ExceptionHandler(StatementNotStorable.class)
    ResponseEntity<ProblemDetail> notStorable(StatementNotStorable e) {
        return unreadable(e.getMessage(), Map.of("file", e.source(), "statement", e.statement(), "entry", e.entry(),
                "reason", e.reason()));
    }

    private static ResponseEntity<ProblemDetail> unreadable(String detail, Map<String, Object> where) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setType(UNREADABLE);
        problem.setTitle("Unreadable statement file");
        problem.setProperties(where);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
