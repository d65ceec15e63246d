package com.fundguard.sandbox.account.adapter.in.web;

import com.fundguard.sandbox.account.application.AccountConflictException;
import com.fundguard.sandbox.account.application.AccountFreezing;
import com.fundguard.sandbox.account.application.AccountOpening;
import com.fundguard.sandbox.account.application.OnlineBanking;
import com.fundguard.sandbox.account.domain.BankAccount;
import com.fundguard.sandbox.account.domain.InvalidAccountException;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sandbox bank's account administration (what a real bank does at its counter). */
@RestController
@RequestMapping("/sandbox/accounts/{accountNumber}")
class AccountController {

    private final AccountOpening opening;
    private final AccountFreezing freezing;
    private final OnlineBanking onlineBanking;

    AccountController(AccountOpening opening, AccountFreezing freezing, OnlineBanking onlineBanking) {
        this.opening = opening;
        this.freezing = freezing;
        this.onlineBanking = onlineBanking;
    }

    record OpenBody(@NotBlank String ownerName,
                    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                    @NotNull BigDecimal openingBalance) {
    }

    record AccountView(String accountNumber, String ownerName, String currency, String balance, Instant openedAt, boolean frozen) {
        static AccountView of(BankAccount a) {
            return new AccountView(a.accountNumber(), a.ownerName(), a.currency().getCurrencyCode(),
                    a.balance().toPlainString(), a.openedAt(), a.frozen());
        }
    }

    /** The password is held here only as long as the request: hashed, never logged, never answered. */
    record OnlineBankingBody(@NotNull String password, @NotBlank String signerCertificate) {
        @Override
        public String toString() {
            return "OnlineBankingBody[password=(hidden)]";
        }
    }

    record OnlineBankingView(String accountNumber, String signer, Instant registeredAt) {
    }

    @PutMapping
    ResponseEntity<AccountView> open(@PathVariable String accountNumber, @Valid @RequestBody OpenBody body) {
        Currency currency;
        try {
            currency = Currency.getInstance(body.currency());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidAccountException("currency", "is not an ISO 4217 currency");
        }
        var opened = opening.open(accountNumber, body.ownerName(), currency, body.openingBalance());
        return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK).body(AccountView.of(opened.account()));
    }

    @GetMapping
    ResponseEntity<AccountView> account(@PathVariable String accountNumber) {
        return opening.find(accountNumber).map(AccountView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PutMapping("/online-banking")
    ResponseEntity<OnlineBankingView> registerOnlineBanking(@PathVariable String accountNumber, @Valid @RequestBody OnlineBankingBody body) {
        char[] password = body.password().toCharArray();
        try {
            return onlineBanking.register(accountNumber, password, body.signerCertificate())
                    .map(r -> new OnlineBankingView(r.accountNumber(), r.signerCertificate().getSubjectX500Principal().getName(), r.registeredAt()))
                    .map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @PostMapping("/freeze")
    ResponseEntity<AccountView> freeze(@PathVariable String accountNumber) {
        return freezing.freeze(accountNumber).map(AccountView::of).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/unfreeze")
    ResponseEntity<AccountView> unfreeze(@PathVariable String accountNumber) {
        return freezing.unfreeze(accountNumber).map(AccountView::of).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(InvalidAccountException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAccountException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field(), e.getMessage()));
    }

    @ExceptionHandler(AccountConflictException.class)
    ResponseEntity<ProblemDetail> conflict(AccountConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }
}
