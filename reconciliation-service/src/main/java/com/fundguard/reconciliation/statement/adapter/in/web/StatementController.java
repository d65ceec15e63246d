package com.fundguard.reconciliation.statement.adapter.in.web;

import com.fundguard.reconciliation.statement.application.StatementReception;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementImport;
import com.fundguard.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statement files of an enterprise, delivered as the raw file in the request body. */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/statements")
class StatementController {

    private final StatementReception reception;
    private final long maxBytes;

    StatementController(StatementReception reception, @Value("${fundguard.statements.max-file-size:50MB}") DataSize maxFileSize) {
        this.reception = reception;
        this.maxBytes = maxFileSize.toBytes();
    }

    record ImportView(UUID id, String format, String sha256, long sizeBytes, Instant importedAt, String status, boolean duplicate) {
        static ImportView of(StatementImport s, boolean duplicate) {
            return new ImportView(s.id(), s.format().name(), s.sha256(), s.sizeBytes(), s.importedAt(), s.status().name(), duplicate);
        }
    }

    @PostMapping
    ResponseEntity<?> receive(@PathVariable UUID enterpriseId, @RequestParam String format, HttpServletRequest request)
            throws IOException {
        StatementFormat statementFormat;
        try {
            statementFormat = StatementFormat.valueOf(format);
        } catch (IllegalArgumentException unknown) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("format",
                    "must be one of " + List.of(StatementFormat.values())));
        }
        byte[] content;
        try (InputStream body = request.getInputStream()) {
            content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (content.length > maxBytes) {
            ProblemDetail problem = ApiProblems.fieldProblem("body", "the file exceeds the limit of " + maxBytes + " bytes");
            problem.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        if (content.length == 0) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("body", "the statement file is empty"));
        }
        var received = reception.receive(enterpriseId, statementFormat, content);
        ImportView view = ImportView.of(received.statement(), received.duplicate());
        URI location = URI.create("/api/enterprises/" + enterpriseId + "/statements/" + view.id());
        return received.duplicate() ? ResponseEntity.ok().location(location).body(view) : ResponseEntity.created(location).body(view);
    }

    @GetMapping
    List<ImportView> latest(@PathVariable UUID enterpriseId) {
        return reception.latest(enterpriseId, 100).stream().map(s -> ImportView.of(s, false)).toList();
    }

    @GetMapping("/{importId}")
    ResponseEntity<ImportView> one(@PathVariable UUID enterpriseId, @PathVariable UUID importId) {
        return reception.find(enterpriseId, importId).map(s -> ImportView.of(s, false)).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
