package com.fundguard.bankconnector.payeraccount.adapter.in.web;

import com.fundguard.bankconnector.payeraccount.application.PayerAccountConflictException;
import com.fundguard.bankconnector.payeraccount.application.PayerAccountRegistration;
import com.fundguard.bankconnector.payeraccount.domain.InvalidPayerAccountException;
import com.fundguard.bankconnector.payeraccount.domain.PayerAccount;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
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

@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/payer-accounts")
class PayerAccountController {

    private final PayerAccountRegistration registration;

    PayerAccountController(PayerAccountRegistration registration) {
        this.registration = registration;
    }

    record RegisterBody(@NotBlank String name, @NotBlank String bankCode, @NotNull String currency) {
    }

    record PayerAccountView(String accountNumber, String name, String bankCode, String currency, Instant registeredAt) {
        static PayerAccountView of(PayerAccount a) {
            return new PayerAccountView(a.accountNumber(), a.name(), a.bankCode(), a.currency().getCurrencyCode(), a.registeredAt());
        }
    }

    @PutMapping("/{accountNumber}")
    ResponseEntity<PayerAccountView> register(@PathVariable UUID enterpriseId, @PathVariable String accountNumber,
                                              @Valid @RequestBody RegisterBody body) {
        var registered = registration.register(enterpriseId, accountNumber, body.name(), body.bankCode(), currency(body.currency()));
        return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PayerAccountView.of(registered.account()));
    }

    @GetMapping
    List<PayerAccountView> all(@PathVariable UUID enterpriseId) {
        return registration.all(enterpriseId).stream().map(PayerAccountView::of).toList();
    }

    @ExceptionHandler(InvalidPayerAccountException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidPayerAccountException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field(), e.getMessage()));
    }

    @ExceptionHandler(PayerAccountConflictException.class)
    ResponseEntity<ProblemDetail> conflict(PayerAccountConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidPayerAccountException("currency", "is not an ISO 4217 currency");
        }
    }
}
