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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's transfer requests. Until the identity issue lands, the applicant is named in the body. */
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

    /** A decision names the content hash the decider saw; until the identity issue, the decider is in the body. */
    record DecisionBody(@io.swagger.v3.oas.annotations.media.Schema(example = "4bef2517-544e-428c-8d27-7753c024bbd7") @NotNull UUID deciderId,
                        @io.swagger.v3.oas.annotations.media.Schema(description = "the contentHash of the request as the decider saw it",
                                example = "1026997e87af61758cba1ffc40891473078299ae98295f6ec4f35aab1e0a0b8a")
                        @NotBlank @Size(max = 64) String contentHash,
                        @io.swagger.v3.oas.annotations.media.Schema(example = "invoice and contract match") @Size(max = 2000) String opinion,
                        @io.swagger.v3.oas.annotations.media.Schema(example = "owner-mobile-app") @NotBlank @Size(max = 100) String client) {
    }

    record CancelBody(@NotNull UUID applicantId) {
    }

    @PostMapping("/{transferId}/approve")
    ResponseEntity<?> approve(@PathVariable UUID enterpriseId, @PathVariable UUID transferId,
                              @RequestHeader("Idempotency-Key") @NotBlank @Size(max = 200) String idempotencyKey,
                              @Valid @RequestBody DecisionBody body) {
        return idempotent.execute(enterpriseId, idempotencyKey, "approve " + transferId + " " + body, () -> answer(() ->
                decisions.approve(enterpriseId, transferId, body.deciderId(), body.client(), body.contentHash(), body.opinion())));
    }

    @PostMapping("/{transferId}/reject")
    ResponseEntity<?> reject(@PathVariable UUID enterpriseId, @PathVariable UUID transferId,
                             @RequestHeader("Idempotency-Key") @NotBlank @Size(max = 200) String idempotencyKey,
                             @Valid @RequestBody DecisionBody body) {
        return idempotent.execute(enterpriseId, idempotencyKey, "reject " + transferId + " " + body, () -> answer(() ->
                decisions.reject(enterpriseId, transferId, body.deciderId(), body.client(), body.contentHash(), body.opinion())));
    }

    @PostMapping("/{transferId}/cancel")
    ResponseEntity<?> cancel(@PathVariable UUID enterpriseId, @PathVariable UUID transferId,
                             @RequestHeader("Idempotency-Key") @NotBlank @Size(max = 200) String idempotencyKey,
                             @Valid @RequestBody CancelBody body) {
        return idempotent.execute(enterpriseId, idempotencyKey, "cancel " + transferId + " " + body,
                () -> answer(() -> decisions.cancel(enterpriseId, transferId, body.applicantId())));
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
                                        @Valid @RequestBody SubmitTransferBody body) {
        TransferDetails details = new TransferDetails(body.payerAccount(),
                new Payee(body.payee().name(), body.payee().accountNumber(), body.payee().bankCode(), body.payee().type()),
                money(body.amount()), body.purpose(), body.requestedExecutionDate(),
                body.voucherIds() == null ? List.of() : body.voucherIds());
        return idempotent.execute(enterpriseId, idempotencyKey, "submit " + body, () -> {
            var outcome = submission.submit(new SubmitTransfer(enterpriseId, body.applicantId(), idempotencyKey, details,
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
