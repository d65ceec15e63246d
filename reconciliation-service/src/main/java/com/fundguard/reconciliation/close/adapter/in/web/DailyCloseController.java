package com.fundguard.reconciliation.close.adapter.in.web;

import com.fundguard.reconciliation.close.application.DailyClose;
import com.fundguard.reconciliation.close.application.DayReview;
import com.fundguard.reconciliation.close.domain.AccountBooks;
import com.fundguard.reconciliation.close.domain.Amounts;
import com.fundguard.reconciliation.close.domain.BookedLine;
import com.fundguard.reconciliation.close.domain.Books.OpeningOutcome;
import com.fundguard.reconciliation.close.domain.CloseBlocker;
import com.fundguard.reconciliation.close.domain.CloseOutcome;
import com.fundguard.reconciliation.close.domain.CloseOutcome.CloseRefused;
import com.fundguard.reconciliation.close.domain.CloseOutcome.DayClosed;
import com.fundguard.reconciliation.close.domain.ClosedDay;
import com.fundguard.reconciliation.close.domain.Direction;
import com.fundguard.reconciliation.close.domain.OpeningRequest;
import com.fundguard.reconciliation.close.domain.StatedBalance;
import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The daily close of an enterprise's accounts: opening an account's books, closing its days, seeing a day's state. */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/accounts/{account}")
class DailyCloseController {

    static final URI NOT_CLOSABLE = URI.create("https://fundguard.example/problems/day-not-closable");
    static final URI BOOKS_OPENED = URI.create("https://fundguard.example/problems/books-already-opened");

    private final DailyClose close;

    DailyCloseController(DailyClose close) {
        this.close = close;
    }

    record AmountBody(@NotNull BigDecimal value,
                      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }

    record OpeningBody(@NotNull LocalDate firstDay, @NotNull @Valid AmountBody openingBalance) {
    }

    record AmountView(String value, String currency) {
        static AmountView of(BigDecimal value, Currency currency) {
            return value == null ? null : new AmountView(Amounts.format(value, currency), currency.getCurrencyCode());
        }
    }

    record BooksView(UUID id, String account, LocalDate firstDay, AmountView openingBalance, UUID openedBy, Instant openedAt,
                     boolean alreadyOpened) {
        static BooksView of(AccountBooks b, boolean alreadyOpened) {
            return new BooksView(b.id(), b.account(), b.firstDay(), AmountView.of(b.openingBalance(), b.currency()), b.openedBy(),
                    b.openedAt(), alreadyOpened);
        }
    }

    /**
     * A day's state. For an open day the figures are what the bank's statements say now, {@code closable} whether
     * closing it now would succeed, and {@code blockers} what stands in the way.
     */
    record DayView(String account, LocalDate day, String state, boolean closable, boolean alreadyClosed, String currency,
                   String openingBalance, String totalCredits, String totalDebits, String closingBalance, int lineCount,
                   Integer linesMatched, Integer linesInOpenCases, String basis, String statementReference, UUID closedBy,
                   Instant closedAt, List<Map<String, Object>> blockers) {

        static DayView closed(ClosedDay d, String state, boolean alreadyClosed) {
            return new DayView(d.account(), d.day(), state, true, alreadyClosed, d.currency().getCurrencyCode(),
                    plain(d.openingBalance(), d.currency()), plain(d.totalCredits(), d.currency()), plain(d.totalDebits(), d.currency()),
                    plain(d.closingBalance(), d.currency()),
                    d.lineCount(), d.linesMatched(), d.linesInOpenCases(), d.basis().name(), d.statementReference(),
                    "CLOSED".equals(state) ? d.closedBy() : null, "CLOSED".equals(state) ? d.closedAt() : null, List.of());
        }

        static DayView of(DayReview review) {
            return switch (review.ifClosedNow()) {
                case DayClosed closed when review.closed().isPresent() -> closed(closed.day(), "CLOSED", false);
                case DayClosed wouldClose -> closed(wouldClose.day(), "OPEN", false);
                case CloseRefused refused -> {
                    List<BookedLine> lines = review.evidence().lines();
                    BigDecimal credits = sum(lines, Direction.CREDIT);
                    BigDecimal debits = sum(lines, Direction.DEBIT);
                    List<StatedBalance> finals = review.evidence().finalClosingBalances();
                    Currency currency = review.books().map(AccountBooks::currency).orElse(null);
                    yield new DayView(review.account(), review.day(), "OPEN", false, false,
                            currency == null ? null : currency.getCurrencyCode(),
                            review.openingBalance().map(o -> plain(o, currency)).orElse(null), plain(credits, currency),
                            plain(debits, currency), finals.size() == 1 ? plain(finals.getFirst().signedAmount(), currency) : null,
                            lines.size(), null, null, null, null, null, null,
                            DailyCloseController.blockers(refused.blockers(), currency));
                }
            };
        }

        private static BigDecimal sum(List<BookedLine> lines, Direction direction) {
            return lines.stream().filter(l -> l.direction() == direction).map(BookedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @PutMapping("/books")
    ResponseEntity<?> openBooks(@PathVariable UUID enterpriseId, @PathVariable String account, @Valid @RequestBody OpeningBody body,
                                @AuthenticationPrincipal Jwt token) {
        UUID person = auditorOrAuthorizer(token, enterpriseId, "opens an account's books");
        checkAccount(account);
        Currency currency;
        try {
            currency = Currency.getInstance(body.openingBalance().currency());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidDayRequest("openingBalance.currency", "is not an ISO 4217 currency");
        }
        if (body.openingBalance().value().stripTrailingZeros().scale() > 4) {
            throw new InvalidDayRequest("openingBalance.value", "has more than 4 decimals");
        }
        OpeningOutcome outcome = close.openBooks(enterpriseId, account,
                new OpeningRequest(body.firstDay(), currency, body.openingBalance().value()), person);
        return switch (outcome) {
            case OpeningOutcome.BooksOpened opened when opened.alreadyOpened() -> ResponseEntity.ok(BooksView.of(opened.books(), true));
            case OpeningOutcome.BooksOpened opened -> ResponseEntity.status(HttpStatus.CREATED).body(BooksView.of(opened.books(), false));
            case OpeningOutcome.OpeningRefused refused -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.reason());
                problem.setType(BOOKS_OPENED);
                problem.setTitle("The books are already opened");
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
            }
        };
    }

    @GetMapping("/books")
    ResponseEntity<BooksView> books(@PathVariable UUID enterpriseId, @PathVariable String account, @AuthenticationPrincipal Jwt token) {
        auditorOrAuthorizer(token, enterpriseId, "sees an account's books");
        checkAccount(account);
        return close.books(enterpriseId, account).map(b -> BooksView.of(b, false)).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/days/{date}/close")
    ResponseEntity<?> closeDay(@PathVariable UUID enterpriseId, @PathVariable String account, @PathVariable String date,
                               @AuthenticationPrincipal Jwt token) {
        UUID person = auditorOrAuthorizer(token, enterpriseId, "closes a statement day");
        checkAccount(account);
        LocalDate day = day(date);
        CloseOutcome outcome = close.close(enterpriseId, account, day, person);
        return switch (outcome) {
            case DayClosed closed -> ResponseEntity.ok(DayView.closed(closed.day(), "CLOSED", closed.alreadyClosed()));
            case CloseRefused refused -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        String.join("; ", refused.blockers().stream().map(CloseBlocker::detail).toList()));
                problem.setType(NOT_CLOSABLE);
                problem.setTitle("The day cannot close");
                problem.setProperty("account", account);
                problem.setProperty("day", day.toString());
                problem.setProperty("blockers", blockers(refused.blockers(), close.books(enterpriseId, account).map(AccountBooks::currency).orElse(null)));
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
            }
        };
    }

    @GetMapping("/days/{date}")
    DayView dayState(@PathVariable UUID enterpriseId, @PathVariable String account, @PathVariable String date,
                     @AuthenticationPrincipal Jwt token) {
        auditorOrAuthorizer(token, enterpriseId, "sees a statement day");
        checkAccount(account);
        return DayView.of(close.review(enterpriseId, account, day(date)));
    }

    @ExceptionHandler(InvalidDayRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidDayRequest e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field, e.getMessage()));
    }

    /** Closing days and seeing them is the accounting supervisor's (AUDITOR) or the owner's (AUTHORIZER). */
    static UUID auditorOrAuthorizer(Jwt token, UUID enterpriseId, String act) {
        Caller caller = Caller.of(token);
        UUID person = caller.personIn(enterpriseId);
        if (!caller.holdsIn(enterpriseId, "AUDITOR") && !caller.holdsIn(enterpriseId, "AUTHORIZER")) {
            throw new AccessRefusedException("only an AUDITOR or an AUTHORIZER " + act);
        }
        return person;
    }

    static void checkAccount(String account) {
        if (account.isBlank() || account.length() > 64) {
            throw new InvalidDayRequest("account", "must be 1 to 64 characters");
        }
    }

    static LocalDate day(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidDayRequest("date", "must be an ISO date (yyyy-MM-dd)");
        }
    }

    /** An amount as a decimal string with at least its currency's decimals (where the currency is known). */
    static String plain(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return null;
        }
        return currency == null ? amount.toPlainString() : Amounts.format(amount, currency);
    }

    /** Each blocker as JSON: its code and sentence, and the figures a client needs to act on it. */
    static List<Map<String, Object>> blockers(List<CloseBlocker> blockers, Currency currency) {
        return blockers.stream().map(blocker -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", blocker.code());
            json.put("detail", blocker.detail());
            switch (blocker) {
                case CloseBlocker.Unbalanced u -> {
                    json.put("difference", plain(u.difference(), currency));
                    json.put("openingBalance", plain(u.openingBalance(), currency));
                    json.put("totalCredits", plain(u.totalCredits(), currency));
                    json.put("totalDebits", plain(u.totalDebits(), currency));
                    json.put("statedClosingBalance", plain(u.statedClosingBalance(), currency));
                }
                case CloseBlocker.LinesUnreconciled u -> {
                    json.put("count", u.count());
                    json.put("lineIds", u.lineIds());
                }
                case CloseBlocker.ReconciliationUnknown u -> {
                    json.put("count", u.count());
                    json.put("lineIds", u.lineIds());
                }
                case CloseBlocker.PreviousDayOpen p -> json.put("previousDay", p.previousDay().toString());
                case CloseBlocker.BeforeFirstDay b -> json.put("firstDay", b.firstDay().toString());
                case CloseBlocker.NoClosingStatement n -> json.put("linesBooked", n.linesBooked());
                case CloseBlocker.ConflictingClosingBalances c -> json.put("closingBalances", c.balances().stream()
                        .map(b -> Map.of("statementReference", b.statementReference(), "value", plain(b.signedAmount(), currency))).toList());
                case CloseBlocker.OtherCurrency o -> json.put("currencies", o.found().stream().map(Currency::getCurrencyCode).sorted().toList());
                case CloseBlocker.BooksNotOpened b -> { }
            }
            return json;
        }).toList();
    }

    static final class InvalidDayRequest extends RuntimeException {
        final String field;

        InvalidDayRequest(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
