package com.fundguard.bankconnector.execution.adapter.in.web;

import com.fundguard.bankconnector.execution.application.ExecutionDesk;
import com.fundguard.bankconnector.execution.application.ExecutionNotFoundException;
import com.fundguard.bankconnector.execution.domain.AgentReport;
import com.fundguard.bankconnector.execution.domain.Execution;
import com.fundguard.bankconnector.execution.domain.ExecutionOrder;
import com.fundguard.bankconnector.execution.domain.ExecutionRefused;
import com.fundguard.bankconnector.execution.domain.InvalidReportException;
import com.fundguard.bankconnector.vault.application.NoCredentialsException;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator agents' API (docs/agent-api.md): work, claims with leases, sealed credentials, results. */
@RestController
@RequestMapping("/api/agent")
class AgentController {

    private static final int MAX_WAIT_SECONDS = 25;

    private final ExecutionDesk desk;

    AgentController(ExecutionDesk desk) {
        this.desk = desk;
    }

    record OrderView(UUID transferId, String reference, String endToEndId, String payerAccount, String payerName, String payerBankCode,
                     String payeeName, String payeeAccount, String payeeBankCode, String payeeType, String amount, String currency,
                     String purpose, String requestedExecutionDate, List<UUID> voucherIds, String contentHash) {
        static OrderView of(ExecutionOrder o) {
            return new OrderView(o.transferId(), o.reference(), o.endToEndId(), o.payerAccount(), o.payerName(), o.payerBankCode(),
                    o.payeeName(), o.payeeAccount(), o.payeeBankCode(), o.payeeType(), o.amount().toPlainString(),
                    o.currency().getCurrencyCode(), o.purpose(), o.requestedExecutionDate().toString(), o.voucherIds(), o.contentHash());
        }
    }

    record ClaimView(UUID claimId, int attempt, Instant leaseExpiresAt, OrderView order) {
        static ClaimView of(Execution e) {
            Execution.Claim claim = e.claim().orElseThrow();
            return new ClaimView(claim.claimId(), e.attempt(), claim.leaseExpiresAt(), OrderView.of(e.order()));
        }
    }

    record LeaseView(Instant leaseExpiresAt) {
    }

    record StateView(UUID transferId, String state, int attempt) {
        static StateView of(Execution e) {
            return new StateView(e.transferId(), e.state().name(), e.attempt());
        }
    }

    record CredentialsRequest(@NotNull @Size(max = 512) String recipientKey) {
    }

    record SealedCredentialsView(String sealedCredentials) {
    }

    record ResultBody(@NotNull AgentReport.Outcome outcome,
                      @Size(max = 35) @Pattern(regexp = "[A-Za-z0-9./:_-]*") String bankReference,
                      @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9:_-]*") String reasonCode,
                      @Size(max = 500) String detail) {
    }

    @GetMapping("/work")
    ResponseEntity<OrderView> work(@AuthenticationPrincipal Jwt token, @RequestHeader(value = AgentCaller.AGENT_HEADER, required = false) String certified,
            @RequestHeader(value = AgentCaller.ENTERPRISE_HEADER, required = false) String certifiedEnterprise,
                                   @RequestParam(defaultValue = "0") int waitSeconds) {
        AgentCaller agent = AgentCaller.of(token, certified, certifiedEnterprise);
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw new InvalidAgentRequestException("waitSeconds", "is 0 to " + MAX_WAIT_SECONDS);
        }
        return desk.nextWork(agent.enterpriseId(), Duration.ofSeconds(waitSeconds))
                .map(order -> ResponseEntity.ok(OrderView.of(order)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/transfers/{transferId}/claims")
    ResponseEntity<ClaimView> claim(@AuthenticationPrincipal Jwt token, @RequestHeader(value = AgentCaller.AGENT_HEADER, required = false) String certified,
            @RequestHeader(value = AgentCaller.ENTERPRISE_HEADER, required = false) String certifiedEnterprise,
                                    @PathVariable UUID transferId) {
        AgentCaller agent = AgentCaller.of(token, certified, certifiedEnterprise);
        return ResponseEntity.status(HttpStatus.CREATED).body(ClaimView.of(desk.claim(agent.enterpriseId(), transferId, agent.agentId())));
    }

    @PostMapping("/claims/{claimId}/heartbeat")
    LeaseView heartbeat(@AuthenticationPrincipal Jwt token, @RequestHeader(value = AgentCaller.AGENT_HEADER, required = false) String certified,
            @RequestHeader(value = AgentCaller.ENTERPRISE_HEADER, required = false) String certifiedEnterprise,
                        @PathVariable UUID claimId) {
        AgentCaller agent = AgentCaller.of(token, certified, certifiedEnterprise);
        return new LeaseView(desk.heartbeat(agent.enterpriseId(), claimId, agent.agentId()).claim().orElseThrow().leaseExpiresAt());
    }

    @PostMapping("/claims/{claimId}/credentials")
    SealedCredentialsView credentials(@AuthenticationPrincipal Jwt token, @RequestHeader(value = AgentCaller.AGENT_HEADER, required = false) String certified,
            @RequestHeader(value = AgentCaller.ENTERPRISE_HEADER, required = false) String certifiedEnterprise,
                                      @PathVariable UUID claimId, @Valid @RequestBody CredentialsRequest body) {
        AgentCaller agent = AgentCaller.of(token, certified, certifiedEnterprise);
        PublicKey recipient = recipientKey(body.recipientKey());
        return new SealedCredentialsView(Base64.getEncoder().encodeToString(
                desk.releaseCredentials(agent.enterpriseId(), claimId, agent.agentId(), recipient).toBytes()));
    }

    @PostMapping("/claims/{claimId}/sending")
    StateView sending(@AuthenticationPrincipal Jwt token, @RequestHeader(value = AgentCaller.AGENT_HEADER, required = false) String certified,
            @RequestHeader(value = AgentCaller.ENTERPRISE_HEADER, required = false) String certifiedEnterprise,
                      @PathVariable UUID claimId) {
        AgentCaller agent = AgentCaller.of(token, certified, certifiedEnterprise);
        return StateView.of(desk.startSending(agent.enterpriseId(), claimId, agent.agentId()));
    }

    @PostMapping("/claims/{claimId}/result")
    StateView result(@AuthenticationPrincipal Jwt token, @RequestHeader(value = AgentCaller.AGENT_HEADER, required = false) String certified,
            @RequestHeader(value = AgentCaller.ENTERPRISE_HEADER, required = false) String certifiedEnterprise,
                     @PathVariable UUID claimId, @Valid @RequestBody ResultBody body) {
        AgentCaller agent = AgentCaller.of(token, certified, certifiedEnterprise);
        AgentReport report = new AgentReport(body.outcome(), Optional.ofNullable(body.bankReference()).filter(s -> !s.isBlank()),
                Optional.ofNullable(body.reasonCode()).filter(s -> !s.isBlank()));
        return StateView.of(desk.report(agent.enterpriseId(), claimId, agent.agentId(), report));
    }

    @PostMapping("/claims/{claimId}/abandonment")
    StateView abandon(@AuthenticationPrincipal Jwt token, @RequestHeader(value = AgentCaller.AGENT_HEADER, required = false) String certified,
            @RequestHeader(value = AgentCaller.ENTERPRISE_HEADER, required = false) String certifiedEnterprise,
                      @PathVariable UUID claimId) {
        AgentCaller agent = AgentCaller.of(token, certified, certifiedEnterprise);
        return StateView.of(desk.abandon(agent.enterpriseId(), claimId, agent.agentId()));
    }

    @ExceptionHandler(ExecutionRefused.class)
    ResponseEntity<ProblemDetail> refused(ExecutionRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://fundguard.example/problems/execution-refused"));
        problem.setProperty("reason", e.reason().name());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ExecutionNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ExecutionNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(NoCredentialsException.class)
    ResponseEntity<ProblemDetail> noCredentials(NoCredentialsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("https://fundguard.example/problems/no-credentials"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(InvalidReportException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReportException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field(), e.getMessage()));
    }

    @ExceptionHandler(InvalidAgentRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAgentRequestException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field, e.getMessage()));
    }

    /** A parameter of an agent's request that cannot be right, naming it. */
    static final class InvalidAgentRequestException extends RuntimeException {
        final String field;

        InvalidAgentRequestException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private static PublicKey recipientKey(String base64) {
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(key instanceof java.security.interfaces.ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new InvalidAgentRequestException("recipientKey", "is an EC P-256 public key");
            }
            return key;
        } catch (IllegalArgumentException | java.security.GeneralSecurityException e) {
            throw new InvalidAgentRequestException("recipientKey", "is a base64 X.509 SubjectPublicKeyInfo of an EC P-256 key");
        }
    }
}
