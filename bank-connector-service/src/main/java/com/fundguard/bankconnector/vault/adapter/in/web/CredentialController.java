package com.fundguard.bankconnector.vault.adapter.in.web;

import com.fundguard.bankconnector.vault.application.CredentialVault;
import com.fundguard.bankconnector.vault.application.StoredCredentials;
import com.fundguard.bankconnector.vault.application.UnknownPayerAccountException;
import com.fundguard.security.caller.Caller;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An authorizer sets or rotates a payer account's online-banking password and UKEY PIN (the owner's mobile app).
 * The answer says who set which revision when; no call of this API, or any other a person can make, returns them.
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/payer-accounts/{accountNumber}/credentials")
class CredentialController {

    private static final int MAX_LENGTH = 128;

    private final CredentialVault vault;

    CredentialController(CredentialVault vault) {
        this.vault = vault;
    }

    /** Arrays, not Strings, so they can be wiped after use; toString never shows them. */
    record SetCredentialsBody(@NotNull char[] onlineBankingPassword, @NotNull char[] ukeyPin) {
        @Override
        public String toString() {
            return "SetCredentialsBody[(hidden)]";
        }
    }

    record CredentialsView(String accountNumber, int revision, UUID setBy, Instant setAt) {
        static CredentialsView of(StoredCredentials stored) {
            return new CredentialsView(stored.accountNumber(), stored.revision(), stored.setBy(), stored.setAt());
        }
    }

    @PutMapping
    CredentialsView set(@AuthenticationPrincipal Jwt token, @PathVariable UUID enterpriseId, @PathVariable String accountNumber,
                        @Valid @RequestBody SetCredentialsBody body) {
        try {
            UUID person = Caller.of(token).personHolding(enterpriseId, "AUTHORIZER", "sets a payer account's bank credentials");
            check("onlineBankingPassword", body.onlineBankingPassword(), 8);
            check("ukeyPin", body.ukeyPin(), 4);
            return CredentialsView.of(vault.set(enterpriseId, accountNumber, person, body.onlineBankingPassword(), body.ukeyPin()));
        } finally {
            java.util.Arrays.fill(body.onlineBankingPassword(), '\0');
            java.util.Arrays.fill(body.ukeyPin(), '\0');
        }
    }

    @GetMapping
    ResponseEntity<CredentialsView> describe(@AuthenticationPrincipal Jwt token, @PathVariable UUID enterpriseId,
                                             @PathVariable String accountNumber) {
        Caller.of(token).personHolding(enterpriseId, "AUTHORIZER", "sees when a payer account's credentials were set");
        return vault.describe(enterpriseId, accountNumber).map(CredentialsView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(InvalidCredentialsException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCredentialsException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field, e.getMessage()));
    }

    @ExceptionHandler(UnknownPayerAccountException.class)
    ResponseEntity<ProblemDetail> unknownAccount(UnknownPayerAccountException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    private static void check(String field, char[] value, int minLength) {
        if (value.length < minLength || value.length > MAX_LENGTH) {
            throw new InvalidCredentialsException(field, "must be " + minLength + " to " + MAX_LENGTH + " characters");
        }
        for (char c : value) {
            if (Character.isISOControl(c)) {
                throw new InvalidCredentialsException(field, "must not contain control characters");
            }
        }
    }

    /** Says which field is wrong and how, never what it held. */
    static final class InvalidCredentialsException extends RuntimeException {
        final String field;

        InvalidCredentialsException(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
