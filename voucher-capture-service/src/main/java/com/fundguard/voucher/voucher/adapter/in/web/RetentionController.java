package com.fundguard.voucher.voucher.adapter.in.web;

import com.fundguard.security.caller.Caller;
import com.fundguard.voucher.voucher.application.VoucherDeletion;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deleting vouchers under the enterprise's retention period, and setting that period. */
@RestController
class RetentionController {

    private static final String ADMIN = "ENTERPRISE_ADMIN";

    private final VoucherDeletion deletion;

    RetentionController(VoucherDeletion deletion) {
        this.deletion = deletion;
    }

    record Deleted(UUID voucherId, Instant deletedAt) {
    }

    @DeleteMapping("/api/enterprises/{enterpriseId}/vouchers/{voucherId}")
    ResponseEntity<Deleted> delete(@PathVariable UUID enterpriseId, @PathVariable UUID voucherId, @RequestParam("reason") String reason,
                                   @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        UUID person = caller.personIn(enterpriseId);
        return deletion.delete(enterpriseId, voucherId, person, caller.holdsIn(enterpriseId, ADMIN), reason)
                .map(at -> ResponseEntity.ok(new Deleted(voucherId, at)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    record RetentionView(long retentionDays) {
    }

    record RetentionRequest(@NotNull Long retentionDays) {
    }

    @GetMapping("/api/enterprises/{enterpriseId}/voucher-retention")
    RetentionView retention(@PathVariable UUID enterpriseId) {
        return new RetentionView(deletion.retentionOf(enterpriseId).period().toDays());
    }

    @PutMapping("/api/enterprises/{enterpriseId}/voucher-retention")
    RetentionView setRetention(@PathVariable UUID enterpriseId, @Valid @RequestBody RetentionRequest request, @AuthenticationPrincipal Jwt token) {
        UUID admin = Caller.of(token).personHolding(enterpriseId, ADMIN, "sets how long vouchers are kept");
        return new RetentionView(deletion.setRetention(enterpriseId, Duration.ofDays(request.retentionDays()), admin).period().toDays());
    }

    @ExceptionHandler(VoucherDeletion.DeletionRefused.class)
    ResponseEntity<ProblemDetail> refused(VoucherDeletion.DeletionRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("The voucher is kept");
        problem.setProperties(Map.of("reason", e.refusal().name()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.getMessage().contains("reason") ? "reason" : "retentionDays", e.getMessage()));
    }
}
