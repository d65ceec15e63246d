package com.fundguard.identity.rolegrant.adapter.in.web;

import com.fundguard.security.caller.Caller;
import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.directory.domain.User;
import com.fundguard.identity.rolegrant.application.RoleGrants;
import com.fundguard.identity.rolegrant.domain.RoleGrant;
import com.fundguard.identity.rolegrant.domain.RoleGrantRefused;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Role grants of one enterprise. The acting person is the token's subject and must belong to the enterprise in the
 * path; the rules about who may ask, confirm and revoke are the domain's ({@link RoleGrant}).
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}")
class RoleGrantController {

    private final RoleGrants grants;

    RoleGrantController(RoleGrants grants) {
        this.grants = grants;
    }

    record GrantBody(@NotNull UUID userId, @NotNull Role role) {
    }

    record GrantView(UUID id, UUID userId, Role role, RoleGrant.State state, UUID requestedBy, Instant requestedAt,
                     UUID decidedBy, Instant decidedAt) {
        static GrantView of(RoleGrant g) {
            return new GrantView(g.id(), g.userId(), g.role(), g.state(), g.requestedBy(), g.requestedAt(), g.decidedBy(), g.decidedAt());
        }
    }

    record PersonRolesView(UUID userId, Set<Role> roles) {
        static PersonRolesView of(User u) {
            return new PersonRolesView(u.id(), u.roles());
        }
    }

    @PostMapping("/role-grants")
    ResponseEntity<GrantView> request(@PathVariable UUID enterpriseId, @Valid @RequestBody GrantBody body, @AuthenticationPrincipal Jwt token) {
        RoleGrant grant = grants.request(enterpriseId, Caller.of(token).personIn(enterpriseId), body.userId(), body.role());
        return ResponseEntity.status(grant.granted() ? HttpStatus.CREATED : HttpStatus.ACCEPTED).body(GrantView.of(grant));
    }

    @GetMapping("/role-grants")
    List<GrantView> pending(@PathVariable UUID enterpriseId, @AuthenticationPrincipal Jwt token) {
        Caller.of(token).personIn(enterpriseId);
        return grants.pending(enterpriseId).stream().map(GrantView::of).toList();
    }

    @PostMapping("/role-grants/{grantId}/confirm")
    GrantView confirm(@PathVariable UUID enterpriseId, @PathVariable UUID grantId, @AuthenticationPrincipal Jwt token) {
        return GrantView.of(grants.confirm(enterpriseId, grantId, Caller.of(token).personIn(enterpriseId)));
    }

    @PostMapping("/role-grants/{grantId}/refuse")
    GrantView refuse(@PathVariable UUID enterpriseId, @PathVariable UUID grantId, @AuthenticationPrincipal Jwt token) {
        return GrantView.of(grants.refuse(enterpriseId, grantId, Caller.of(token).personIn(enterpriseId)));
    }

    @DeleteMapping("/users/{userId}/roles/{role}")
    PersonRolesView revoke(@PathVariable UUID enterpriseId, @PathVariable UUID userId, @PathVariable Role role,
                           @AuthenticationPrincipal Jwt token) {
        return PersonRolesView.of(grants.revoke(enterpriseId, Caller.of(token).personIn(enterpriseId), userId, role));
    }


    @ExceptionHandler(RoleGrantRefused.class)
    ResponseEntity<ProblemDetail> refused(RoleGrantRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setProperty("rule", e.reason().name());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> unknown(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }
}
