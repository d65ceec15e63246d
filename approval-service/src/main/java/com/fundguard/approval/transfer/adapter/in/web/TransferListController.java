package com.fundguard.approval.transfer.adapter.in.web;

import com.fundguard.approval.transfer.application.TransferFilter;
import com.fundguard.approval.transfer.application.TransferQueries;
import com.fundguard.approval.transfer.domain.TransferRequest;
import com.fundguard.approval.transfer.domain.TransferState;
import com.fundguard.web.ApiProblems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Lists of an enterprise's transfer requests (查询统计): filtered, newest first, paged by an opaque cursor, as JSON
 * or as CSV. The viewer is the access token's subject.
 */
@RestController
@Validated
@RequestMapping("/api/enterprises/{enterpriseId}/transfers")
class TransferListController {

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private final TransferQueries queries;

    TransferListController(TransferQueries queries) {
        this.queries = queries;
    }

    record Page(List<TransferView> items, String nextCursor) {
    }

    /** One CSV line; the payee account masked, as in every list. */
    record CsvLine(String reference, String state, Instant submittedAt, UUID applicantId, String payerAccount, String payeeName,
                   String payeeAccount, String amount, String currency, String purpose) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Page list(@PathVariable UUID enterpriseId, @org.springframework.security.core.annotation.AuthenticationPrincipal org.springframework.security.oauth2.jwt.Jwt token, @RequestParam Optional<TransferState> state,
              @RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to,
              @RequestParam Optional<BigDecimal> minAmount, @RequestParam Optional<BigDecimal> maxAmount,
              @RequestParam Optional<String> payee, @RequestParam Optional<UUID> applicant, @RequestParam Optional<String> cursor,
              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        List<TransferRequest> page = queries.list(enterpriseId, com.fundguard.security.caller.Caller.of(token).person(), new TransferFilter(state, from, to, minAmount, maxAmount,
                payee, applicant, cursor.map(TransferListController::decode), limit));
        String next = page.size() < limit ? null : encode(page.getLast());
        return new Page(page.stream().map(TransferView::of).toList(), next);
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> export(@PathVariable UUID enterpriseId, @org.springframework.security.core.annotation.AuthenticationPrincipal org.springframework.security.oauth2.jwt.Jwt token, @RequestParam Optional<TransferState> state,
                                  @RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to,
                                  @RequestParam Optional<BigDecimal> minAmount, @RequestParam Optional<BigDecimal> maxAmount,
                                  @RequestParam Optional<String> payee, @RequestParam Optional<UUID> applicant) {
        List<CsvLine> lines = queries.list(enterpriseId, com.fundguard.security.caller.Caller.of(token).person(), new TransferFilter(state, from, to, minAmount, maxAmount, payee,
                        applicant, Optional.empty(), 10_000)).stream()
                .map(r -> new CsvLine(r.reference().value(), r.state().name(), r.submittedAt(), r.applicantId(),
                        r.details().payerAccount(), r.details().payee().name(), r.details().payee().maskedAccount(),
                        r.details().amount().amount().toPlainString(), r.details().amount().currency().getCurrencyCode(),
                        r.details().purpose()))
                .toList();
        CsvSchema schema = CSV.schemaFor(CsvLine.class).withHeader();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"transfers.csv\"")
                .body(CSV.writer(schema).writeValueAsString(lines));
    }

    static String encode(TransferRequest last) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, last.submittedAt());
        return Base64.getUrlEncoder().withoutPadding().encodeToString((micros + ":" + last.id()).getBytes(StandardCharsets.US_ASCII));
    }

    static TransferFilter.Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            return new TransferFilter.Cursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new BadCursor();
        }
    }

    static class BadCursor extends RuntimeException {
    }

    @ExceptionHandler(BadCursor.class)
    ResponseEntity<ProblemDetail> badCursor() {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("cursor", "is not a cursor this list gave out"));
    }
}
