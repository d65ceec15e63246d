package com.fundguard.rules.ruleset.adapter.in.web;

import com.fundguard.rules.ruleset.application.ConcurrentRuleSetChangeException;
import com.fundguard.rules.ruleset.application.DefinitionValidator;
import com.fundguard.rules.ruleset.application.RuleSetLifecycle;
import com.fundguard.rules.ruleset.domain.RuleSet;
import com.fundguard.rules.ruleset.domain.RuleSetTransitionRefused;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rule sets of an enterprise. Until the identity issue lands, the acting person is named in the body. */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/rule-sets")
class RuleSetController {

    private final RuleSetLifecycle lifecycle;
    private final JsonMapper json;

    RuleSetController(RuleSetLifecycle lifecycle, JsonMapper json) {
        this.lifecycle = lifecycle;
        this.json = json;
    }

    /** The definition must be a JSON object; its grammar arrives with the approval-workflow issue. */
    record DraftBody(@NotNull JsonNode definition) {
    }


    record RuleSetView(UUID id, int version, String state, JsonNode definition, UUID authorId, Instant draftedAt,
                       UUID publishedBy, Instant publishedAt, Instant retiredAt) {
    }

    @PostMapping
    ResponseEntity<?> draft(@PathVariable UUID enterpriseId, @Valid @RequestBody DraftBody body,
                            @org.springframework.security.core.annotation.AuthenticationPrincipal org.springframework.security.oauth2.jwt.Jwt token) {
        if (!body.definition().isObject()) {
            return ResponseEntity.badRequest().body(com.fundguard.web.ApiProblems.fieldProblem("definition", "must be a JSON object"));
        }
        RuleSet draft = lifecycle.draft(enterpriseId, json.writeValueAsString(body.definition()), com.fundguard.security.caller.Caller.of(token).person());
        return ResponseEntity.created(URI.create("/api/enterprises/" + enterpriseId + "/rule-sets/" + draft.id())).body(view(draft));
    }

    @PostMapping("/{ruleSetId}/publish")
    ResponseEntity<RuleSetView> publish(@PathVariable UUID enterpriseId, @PathVariable UUID ruleSetId,
                                        @org.springframework.security.core.annotation.AuthenticationPrincipal org.springframework.security.oauth2.jwt.Jwt token) {
        return lifecycle.publish(enterpriseId, ruleSetId, com.fundguard.security.caller.Caller.of(token).person()).map(this::view).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping
    List<RuleSetView> all(@PathVariable UUID enterpriseId) {
        return lifecycle.all(enterpriseId).stream().map(this::view).toList();
    }

    @GetMapping("/published")
    ResponseEntity<RuleSetView> published(@PathVariable UUID enterpriseId) {
        return lifecycle.published(enterpriseId).map(this::view).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(RuleSetTransitionRefused.class)
    ResponseEntity<ProblemDetail> refused(RuleSetTransitionRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Rule set transition refused");
        problem.setProperty("reason", e.reason().name());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(com.fundguard.rules.ruleset.application.PublisherRoles.NotAnAuthorizerException.class)
    ResponseEntity<ProblemDetail> notAnAuthorizer(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }

    @ExceptionHandler(DefinitionValidator.InvalidDefinitionException.class)
    ResponseEntity<ProblemDetail> invalidDefinition(DefinitionValidator.InvalidDefinitionException e) {
        return ResponseEntity.badRequest().body(com.fundguard.web.ApiProblems.fieldProblem(e.field(), e.getMessage()));
    }

    @ExceptionHandler(ConcurrentRuleSetChangeException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrentRuleSetChangeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }

    private RuleSetView view(RuleSet r) {
        return new RuleSetView(r.id(), r.version(), r.state().name(), json.readTree(r.definition()), r.authorId(),
                r.draftedAt(), r.publishedBy().orElse(null), r.publishedAt().orElse(null), r.retiredAt().orElse(null));
    }
}
