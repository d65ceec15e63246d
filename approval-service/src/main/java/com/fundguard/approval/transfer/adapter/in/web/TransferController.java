package com.fundguard.approval.transfer.adapter.in.web;

import com.fundguard.approval.idempotency.IdempotentRequests;
import com.fundguard.approval.transfer.application.ConcurrentTransferChangeException;
import com.fundguard.approval.transfer.application.IdempotencyKeyReusedException;
import com.fundguard.approval.transfer.application.TransferDecisions;
import com.fundguard.approval.transfer.application.SubmissionBlockedException;
import com.fundguard.approval.transfer.application.TransferNotFoundException;
import com.fundguard.approval.transfer.application.RoutingUnavailableException;
import com.fundguard.approval.transfer.domain.DecisionRefused;
import com.fundguard.approval.transfer.application.SubmitTransfer;
import com.fundguard.approval.transfer.application.TransferQueries;
import com.fundguard.approval.transfer.application.TransferSubmission;
import com.fundguard.approval.transfer.domain.InvalidTransferException;
import com.fundguard.approval.transfer.domain.Money;
import com.fundguard.approval.transfer.domain.Payee;
import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import com.fundguard.security.caller.Caller;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's transfer requests and the deciders' decisions. The actor is always the access token's subject, never
 * a value in the body; the roles that count are the ones held now (asked from identity-service).
 */
@RestController
@Validated
@RequestMapping("/api/enterprises/{enterpriseId}/transfers")
class TransferController {

    private final TransferSubmission submission;
    private final TransferDecisions decisions;
    private final TransferQueries queries;
    private final IdempotentRequests idempotent;

    TransferController(TransferSubmission submission, TransferDecisions decisions, TransferQueries queries,
                       IdempotentRequests idempotent) {
        this.submission = submission;
        this.decisions = decisions;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    /**
     * A decision names the content hash the decider saw; above the enterprise's confirmation threshold it carries the
     * proof identity-service signed after the decider's second factor over this transfer's confirmation challenge.
     */
    record DecisionBody(@io.swagger.v3.oas.annotations.media.Schema(description = "the contentHash of the request as the decider saw it",
                                example = "1026997e87af61758cba1ffc40891473078299ae98295f6ec4f35aab1e0a0b8a")
                        @NotBlank @Size(max = 64) String contentHash,
                        @io.swagger.v3.oas.annotations.media.Schema(example = "invoice and contract match") @Size(max = 2000) String opinion,
                        @io.swagger.v3.oas.annotations.media.Schema(example = "owner-mobile-app") @NotBlank @Size(max = 100) String client,
                        @io.swagger.v3.oas.annotations.media.Schema(description = "the confirmation proof from identity-service (a JWS)")
                        @Size(max = 8000) String confirmationProof) {
        @Override
        public String toString() {
            return "DecisionBody[contentHash=" + contentHash + ", opinion=" + opinion + ", client=" + client
                    + ", confirmationProof=" + (confirmationProof == null ? "none" : "present") + "]";
        }
    }

    @PostMapping("/{transferId}/approve")
    ResponseEntity<?> approve(@PathVariable UUID enterpriseId, @PathVariable UUID transferId,
                              @RequestHeader("Idempotency-Key") @NotBlank @Size(max = 200) String idempotencyKey,
                              @Valid @RequestBody DecisionBody body, @AuthenticationPrincipal Jwt token) {
        UUID decider = Caller.of(token).person();
        return idempotent.execute(enterpriseId, idempotencyKey, "approve " + transferId + " by " + decider + " " + body, () -> answer(() ->
                decisions.approve(enterpriseId, transferId, decider, body.client(), body.contentHash(), body.opinion(),
                        Optional.ofNullable(body.confirmationProof()))));
    }

    @PostMapping("/{transferId}/reject")
    ResponseEntity<?> reject(@PathVariable UUID enterpriseId, @PathVariable UUID transferId,
                             @RequestHeader("Idempotency-Key") @NotBlank @Size(max = 200) String idempotencyKey,
                             @Valid @RequestBody DecisionBody body, @AuthenticationPrincipal Jwt token) {
        UUID decider = Caller.of(token).person();
        return idempotent.execute(enterpriseId, idempotencyKey, "reject " + transferId + " by " + decider + " " + body, () -> answer(() ->
                decisions.reject(enterpriseId, transferId, decider, body.client(), body.contentHash(), body.opinion(),
                        Optional.ofNullable(body.confirmationProof()))));
    }

    @PostMapping("/{transferId}/cancel")
    ResponseEntity<?> cancel(@PathVariable UUID enterpriseId, @PathVariable UUID transferId,
                             @RequestHeader("Idempotency-Key") @NotBlank @Size(max = 200) String idempotencyKey,
                             @AuthenticationPrincipal Jwt token) {
        UUID applicant = Caller.of(token).person();
        return idempotent.execute(enterpriseId, idempotencyKey, "cancel " + transferId + " by " + applicant,
                () -> answer(() -> decisions.cancel(enterpriseId, transferId, applicant)));
    }

    /**
     * A decision's answer, kept for its Idempotency-Key: refusals too (the same request gets the same refusal). A
     * concurrent change is not kept: it is transient, and the client decides again after reading the request anew.
     */
    private ResponseEntity<?> answer(java.util.function.Supplier<com.fundguard.approval.transfer.domain.TransferRequest> act) {
        try {
            return ResponseEntity.ok(TransferView.of(act.get()));
        } catch (DecisionRefused e) {
            return refused(e);
        } catch (TransferNotFoundException e) {
            return notFound(e);
        }
    }

    @ExceptionHandler(DecisionRefused.class)
    ResponseEntity<ProblemDetail> refused(DecisionRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Decision refused");
        problem.setProperty("reason", e.reason().name());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ConcurrentTransferChangeException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrentTransferChangeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed meanwhile");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(SubmissionBlockedException.class)
    ResponseEntity<ProblemDetail> blocked(SubmissionBlockedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Blocked by the enterprise's rules");
        problem.setProperty("blocks", e.reasons());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(RoutingUnavailableException.class)
    ResponseEntity<ProblemDetail> rulesUnavailable(RoutingUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the enterprise's rules cannot be evaluated now; nothing was submitted, try again");
        problem.setTitle("Rules unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    @ExceptionHandler(TransferNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(TransferNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @PostMapping
    ResponseEntity<?> submit(@PathVariable UUID enterpriseId,
                                        @RequestHeader("Idempotency-Key") @NotBlank @Size(max = 200) String idempotencyKey,
                                        @Valid @RequestBody SubmitTransferBody body, @AuthenticationPrincipal Jwt token) {
        UUID applicant = Caller.of(token).person();
        TransferDetails details = new TransferDetails(body.payerAccount(),
                new Payee(body.payee().name(), body.payee().accountNumber(), body.payee().bankCode(), body.payee().type()),
                money(body.amount()), body.purpose(), body.requestedExecutionDate(),
                body.voucherIds() == null ? List.of() : body.voucherIds());
        return idempotent.execute(enterpriseId, idempotencyKey, "submit by " + applicant + " " + body, () -> {
            var outcome = submission.submit(new SubmitTransfer(enterpriseId, applicant, idempotencyKey, details,
                    java.util.Optional.ofNullable(body.resubmissionOf())));
            TransferView view = TransferView.of(outcome.request());
            URI location = URI.create("/api/enterprises/" + enterpriseId + "/transfers/" + view.id());
            return outcome.created() ? ResponseEntity.created(location).body(view) : ResponseEntity.ok().location(location).body(view);
        });
    }

    @GetMapping("/{transferId}")
    ResponseEntity<TransferView> get(@PathVariable UUID enterpriseId, @PathVariable UUID transferId) {
        return queries.find(enterpriseId, transferId)
                .map(TransferView::of)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(InvalidTransferException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidTransferException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field(), e.reason()));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Idempotency-Key reused");
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private static Money money(SubmitTransferBody.AmountBody amount) {
        try {
            return new Money(amount.value(), Currency.getInstance(amount.currency()));
        } catch (IllegalArgumentException e) {
            throw new InvalidTransferException("amount", e.getMessage());
        }
    }
}
