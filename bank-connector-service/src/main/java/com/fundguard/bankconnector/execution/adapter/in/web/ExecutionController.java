package com.fundguard.bankconnector.execution.adapter.in.web;

import com.fundguard.bankconnector.execution.application.ExecutionDesk;
import com.fundguard.bankconnector.execution.application.Executions;
import com.fundguard.bankconnector.execution.domain.Execution;
import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A transfer's execution as the people who follow it see it: state, attempt, the bank's reference or reason, the
 * next inquiry of an unknown outcome, and every step with who took it and when. Nothing secret is in it.
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/executions")
class ExecutionController {

    private final ExecutionDesk desk;

    ExecutionController(ExecutionDesk desk) {
        this.desk = desk;
    }

    record StepView(int attempt, String step, String agentId, String detail, Instant at) {
        static StepView of(Executions.TimelineStep s) {
            return new StepView(s.attempt(), s.step(), s.agentId(), s.detail(), s.at());
        }
    }

    record ExecutionView(UUID transferId, String reference, String endToEndId, String state, int attempt, String bankReference,
                         String reasonCode, Instant nextInquiryAt, List<StepView> timeline) {
    }

    /** The people who follow transfers: applicants, approvers, admins of the enterprise (not agents, not services). */
    private static final Set<String> FOLLOWERS = Set.of("APPLICANT", "AUDITOR", "AUTHORIZER", "ENTERPRISE_ADMIN");

    @GetMapping("/{transferId}")
    ResponseEntity<ExecutionView> one(@AuthenticationPrincipal Jwt token,
                                      @PathVariable UUID enterpriseId, @PathVariable UUID transferId) {
        Caller caller = Caller.of(token);
        caller.personIn(enterpriseId);
        if (caller.roles().stream().noneMatch(FOLLOWERS::contains)) {
            throw new AccessRefusedException("only the people who follow transfers see their execution");
        }
        return desk.find(enterpriseId, transferId).map(e -> ResponseEntity.ok(view(e, desk.timeline(enterpriseId, transferId))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ExecutionView view(Execution e, List<Executions.TimelineStep> timeline) {
        return new ExecutionView(e.transferId(), e.order().reference(), e.order().endToEndId(), e.state().name(), e.attempt(),
                e.bankReference().orElse(null), e.reasonCode().orElse(null), e.nextInquiryAt().orElse(null),
                timeline.stream().map(StepView::of).toList());
    }
}
