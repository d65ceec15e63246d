package com.fundguard.sandbox.payment.adapter.in.web;

import com.fundguard.sandbox.account.application.AccountOpening;
import com.fundguard.sandbox.payment.application.DirectDebiting;
import com.fundguard.sandbox.payment.application.Ledger;
import com.fundguard.sandbox.payment.domain.Booking;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

/** The bank's back office: an account's bookings, and a direct debit booked around the platform. */
@RestController
@RequestMapping("/sandbox/accounts/{accountNumber}")
class BookingAdminController {

    private final Ledger ledger;
    private final AccountOpening accounts;
    private final DirectDebiting directDebiting;

    BookingAdminController(Ledger ledger, AccountOpening accounts, DirectDebiting directDebiting) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.directDebiting = directDebiting;
    }

    record BookingView(String reference, String kind, String endToEndId, String amount, String currency, boolean credit,
                       String counterpartyName, String counterpartyAccount, Instant bookedAt, LocalDate bookingDate, LocalDate valueDate) {
        static BookingView of(Booking b) {
            return new BookingView(b.reference(), b.kind().name(), b.endToEndId(), b.amount().toPlainString(), b.currency().getCurrencyCode(),
                    b.credit(), b.counterpartyName(), b.counterpartyAccount(), b.bookedAt(), b.bookingDate(), b.valueDate());
        }
    }

    record DirectDebitBody(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount, @NotBlank String creditorAccount,
                           @NotBlank String creditorName) {
    }

    @GetMapping("/bookings")
    ResponseEntity<List<BookingView>> bookings(@PathVariable String accountNumber) {
        if (accounts.find(accountNumber).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(ledger.bookings(accountNumber).stream().map(BookingView::of).toList());
    }

    @PostMapping("/direct-debits")
    ResponseEntity<?> directDebit(@PathVariable String accountNumber, @Valid @RequestBody DirectDebitBody body) {
        return switch (directDebiting.debit(accountNumber, body.amount(), body.creditorAccount(), body.creditorName())) {
            case DirectDebiting.Result.Booked booked -> ResponseEntity.status(HttpStatus.CREATED).body(BookingView.of(booked.booking()));
            case DirectDebiting.Result.Refused refused -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                        "the bank refuses the direct debit: " + refused.reason().isoCode());
                problem.setType(URI.create("urn:fundguard:bank:refused"));
                problem.setProperty("reasonCode", refused.reason().isoCode());
                yield ResponseEntity.unprocessableContent().body(problem);
            }
        };
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidAmount(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("amount", e.getMessage()));
    }
}
