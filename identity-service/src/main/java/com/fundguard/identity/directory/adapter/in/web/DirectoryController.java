package com.fundguard.identity.directory.adapter.in.web;

import com.fundguard.identity.directory.application.Directory;
import com.fundguard.identity.directory.application.DirectoryConflictException;
import com.fundguard.identity.directory.application.UnknownEnterpriseException;
import com.fundguard.identity.directory.domain.Enterprise;
import com.fundguard.identity.directory.domain.InvalidDirectoryEntryException;
import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.directory.domain.User;
import com.fundguard.web.ApiProblems;
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
 * Registration of enterprises and their people. PUT is idempotent: the local stack's seeding and a retried call
 * change nothing the second time. Responses never carry a password or its hash.
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}")
class DirectoryController {

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

    record UserView(UUID id, String username, String displayName, Set<Role> roles, Instant registeredAt) {
        static UserView of(User u) {
            return new UserView(u.id(), u.username(), u.displayName(), u.roles(), u.registeredAt());
        }
    }

    @PutMapping
    ResponseEntity<EnterpriseView> registerEnterprise(@PathVariable UUID enterpriseId, @Valid @RequestBody EnterpriseBody body) {
        var registration = directory.registerEnterprise(enterpriseId, body.name());
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(EnterpriseView.of(registration.entry()));
    }

    @GetMapping
    ResponseEntity<EnterpriseView> enterprise(@PathVariable UUID enterpriseId) {
        return directory.enterprise(enterpriseId).map(EnterpriseView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PutMapping("/users/{username}")
    ResponseEntity<UserView> registerUser(@PathVariable UUID enterpriseId, @PathVariable String username,
                                          @Valid @RequestBody UserBody body) {
        var registration = directory.registerUser(enterpriseId, username, body.displayName(), body.roles(), body.password());
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(UserView.of(registration.entry()));
    }

    @GetMapping("/users")
    List<UserView> users(@PathVariable UUID enterpriseId) {
        return directory.users(enterpriseId).stream().map(UserView::of).toList();
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
