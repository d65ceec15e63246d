package com.fundguard.reconciliation.recall.adapter.in.web;

import com.fundguard.reconciliation.recall.application.RecallDesk;
import com.fundguard.reconciliation.recall.domain.Recall;
import com.fundguard.reconciliation.recall.domain.RecallReason;
import com.fundguard.reconciliation.recall.domain.RecallRefusal;
import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import com.fundguard.web.ApiProblems;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The recall (回滚) of an executed transfer: requested by an authorizer, followed by authorizers and auditors. */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/transfers/{transferId}/recall")
class RecallController {

    static final String AUTHORIZER = "AUTHORIZER";
    static final String AUDITOR = "AUDITOR";
    static final URI REFUSED = URI.create("https://fundguard.example/problems/recall-refused");
    static final int MAX_KEY = 200;

    private final RecallDesk desk;

    RecallController(RecallDesk desk) {
        this.desk = desk;
    }

    record RecallBody(String reason) {
    }

    record RecallView(UUID recallId, UUID transferId, String state, String reason, UUID requestedBy, Instant requestedAt, String bankReasonCode,
                      String reversalReference, Instant answeredAt, int attempts, Instant nextAttemptAt) {
        static RecallView of(Recall recall) {
            Recall.Snapshot r = recall.snapshot();
            return new RecallView(r.id(), r.transferId(), r.state().name(), r.reason().name(), r.requestedBy(), r.requestedAt(),
                    r.answerReason().orElse(null), r.reversalReference().orElse(null), r.answeredAt().orElse(null), r.attempts(),
                    r.nextAttemptAt().orElse(null));
        }
    }

    @PostMapping
    ResponseEntity<?> request(@PathVariable UUID enterpriseId, @PathVariable UUID transferId,
                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                              @RequestBody RecallBody body, @AuthenticationPrincipal Jwt token) {
        UUID authorizer = Caller.of(token).personHolding(enterpriseId, AUTHORIZER, "requests the recall of a transfer");
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("Idempotency-Key",
                    "required: 1 to " + MAX_KEY + " characters naming this request, the same when it is repeated"));
        }
        RecallReason reason;
        try {
            reason = RecallReason.valueOf(body.reason() == null ? "" : body.reason());
        } catch (IllegalArgumentException unknown) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("reason", "must be one of " + Arrays.toString(RecallReason.values())));
        }
        URI location = URI.create("/api/enterprises/" + enterpriseId + "/transfers/" + transferId + "/recall");
        return switch (desk.request(enterpriseId, transferId, authorizer, idempotencyKey, reason)) {
            case RecallDesk.Created created -> ResponseEntity.created(location).body(RecallView.of(created.recall()));
            case RecallDesk.Repeated repeated -> ResponseEntity.ok().location(location).body(RecallView.of(repeated.recall()));
            case RecallDesk.Refused refused -> refusal(refused.refusal());
        };
    }

    @GetMapping
    ResponseEntity<RecallView> state(@PathVariable UUID enterpriseId, @PathVariable UUID transferId, @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        caller.personIn(enterpriseId);
        if (!caller.holdsIn(enterpriseId, AUTHORIZER) && !caller.holdsIn(enterpriseId, AUDITOR)) {
            throw new AccessRefusedException("only a holder of AUTHORIZER or AUDITOR follows recalls");
        }
        return desk.find(enterpriseId, transferId).map(RecallView::of).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<ProblemDetail> refusal(RecallRefusal refusal) {
        ProblemDetail problem = switch (refusal) {
            case RecallRefusal.UnknownTransfer unknown -> problem(HttpStatus.NOT_FOUND, "Unknown transfer",
                    "no execution of transfer " + unknown.transferId() + " is known in this enterprise");
            case RecallRefusal.NotExecuted notExecuted -> problem(HttpStatus.CONFLICT, "Transfer not executed",
                    "only an executed transfer can be recalled; this one is " + notExecuted.status());
            case RecallRefusal.WindowClosed closed -> {
                ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Recall window closed",
                        "a transfer can be recalled within " + closed.window() + " of its execution; this one was executed at "
                                + closed.executedAt() + " and its window closed at " + closed.closedAt());
                p.setProperty("window", closed.window().toString());
                p.setProperty("executedAt", closed.executedAt());
                p.setProperty("windowClosedAt", closed.closedAt());
                yield p;
            }
            case RecallRefusal.AlreadyRequested already -> {
                ProblemDetail p = problem(HttpStatus.CONFLICT, "Recall already requested",
                        "this transfer's recall was requested already (another Idempotency-Key); it is " + already.state());
                p.setProperty("recallId", already.recallId());
                yield p;
            }
            case RecallRefusal.NoBankForAccount none -> problem(HttpStatus.CONFLICT, "No bank for the payer account",
                    "reconciliation knows no bank for the payer account of this transfer (fundguard.statements.pull.accounts)");
        };
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(REFUSED);
        return problem;
    }
}
