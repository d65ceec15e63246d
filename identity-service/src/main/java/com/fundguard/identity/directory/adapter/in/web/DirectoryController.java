package com.fundguard.identity.directory.adapter.in.web;

import com.fundguard.identity.directory.application.Directory;
import com.fundguard.identity.directory.application.DirectoryConflictException;
import com.fundguard.identity.directory.application.UnknownEnterpriseException;
import com.fundguard.identity.directory.domain.Enterprise;
import com.fundguard.identity.directory.domain.InvalidDirectoryEntryException;
import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.directory.domain.User;
import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import com.fundguard.web.ApiProblems;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration of enterprises and their people. The operating institution's onboarding client (scope
 * {@code platform.onboard}) registers an enterprise and its first people with any roles; after that an enterprise
 * admin registers people without approval roles, which are given through role grants under a second person's
 * confirmation. Registration of enterprises and their people. PUT is idempotent: the local stack's seeding and a retried call
 * change nothing the second time. Responses never carry a password or its hash.
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}")
class DirectoryController {

    static final String ONBOARD = "platform.onboard";
    static final String DIRECTORY_READ = "directory.read";

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    record EnterpriseBody(@NotBlank @Size(max = 200) String name) {
    }

    record EnterpriseView(UUID id, String name, Instant registeredAt) {
        static EnterpriseView of(Enterprise e) {
            return new EnterpriseView(e.id(), e.name(), e.registeredAt());
        }
    }

    record UserBody(@NotBlank @Size(max = 200) String displayName,
                    @NotEmpty Set<@NotNull Role> roles,
                    @NotNull @Size(min = 12, max = 128) char[] password) {
        @Override
        public String toString() {
            return "UserBody[displayName=" + displayName + ", roles=" + roles + ", password=(hidden)]";
        }
    }

    /** {@code phoneNumber} only for services reading the directory (scope {@code directory.read}), never for people. */
    record UserView(UUID id, String username, String displayName, Set<Role> roles, Instant registeredAt,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String phoneNumber) {
        static UserView of(User u) {
            return new UserView(u.id(), u.username(), u.displayName(), u.roles(), u.registeredAt(), null);
        }

        UserView withPhoneNumber(String number) {
            return new UserView(id, username, displayName, roles, registeredAt, number);
        }
    }

    @PutMapping
    ResponseEntity<EnterpriseView> registerEnterprise(@PathVariable UUID enterpriseId, @Valid @RequestBody EnterpriseBody body,
                                                     @AuthenticationPrincipal Jwt token) {
        if (!Caller.of(token).hasScope(ONBOARD)) {
            throw new AccessRefusedException("enterprises are registered by the operating institution's onboarding");
        }
        var registration = directory.registerEnterprise(enterpriseId, body.name());
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(EnterpriseView.of(registration.entry()));
    }

    @GetMapping
    ResponseEntity<EnterpriseView> enterprise(@PathVariable UUID enterpriseId, @AuthenticationPrincipal Jwt token) {
        reader(enterpriseId, token);
        return directory.enterprise(enterpriseId).map(EnterpriseView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PutMapping("/users/{username}")
    ResponseEntity<UserView> registerUser(@PathVariable UUID enterpriseId, @PathVariable String username,
                                          @Valid @RequestBody UserBody body, @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        if (!caller.hasScope(ONBOARD)) {
            if (!caller.holdsIn(enterpriseId, Role.ENTERPRISE_ADMIN)) {
                throw new AccessRefusedException("people are registered by an enterprise admin of their enterprise");
            }
            if (body.roles().stream().anyMatch(Role::decidesOnMoney)) {
                throw new AccessRefusedException("AUDITOR and AUTHORIZER are given through a role grant that a second person confirms");
            }
        }
        var registration = directory.registerUser(enterpriseId, username, body.displayName(), body.roles(), body.password());
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(UserView.of(registration.entry()));
    }

    @GetMapping("/users")
    List<UserView> users(@PathVariable UUID enterpriseId, @AuthenticationPrincipal Jwt token) {
        reader(enterpriseId, token);
        List<UserView> users = directory.users(enterpriseId).stream().map(UserView::of).toList();
        if (!Caller.of(token).hasScope(DIRECTORY_READ)) {
            // Colleagues see who holds which role, not each other's phone numbers.
            return users;
        }
        // notification-service sends SMS notices to the number a person registered for SMS codes: one copy, kept here.
        java.util.Map<UUID, String> numbers = directory.phoneNumbers(enterpriseId);
        return users.stream().map(user -> user.withPhoneNumber(numbers.get(user.id()))).toList();
    }

    /** People of the enterprise, the onboarding client, and services that check current roles may read it. */
    private static void reader(UUID enterpriseId, Jwt token) {
        Caller caller = Caller.of(token);
        if (!caller.belongsTo(enterpriseId) && !caller.hasScope(DIRECTORY_READ) && !caller.hasScope(ONBOARD)) {
            throw new AccessRefusedException("the caller belongs to another enterprise");
        }
    }

    @ExceptionHandler(InvalidDirectoryEntryException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidDirectoryEntryException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field(), e.getMessage()));
    }

    @ExceptionHandler(DirectoryConflictException.class)
    ResponseEntity<ProblemDetail> conflict(DirectoryConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }

    @ExceptionHandler(UnknownEnterpriseException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownEnterpriseException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }
}
