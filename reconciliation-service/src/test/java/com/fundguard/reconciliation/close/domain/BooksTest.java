package com.fundguard.reconciliation.close.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.reconciliation.close.domain.Books.OpeningOutcome.BooksOpened;
import com.fundguard.reconciliation.close.domain.Books.OpeningOutcome.OpeningRefused;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An account's books are opened once, explicitly, with the first day and its opening balance. */
class BooksTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    final UUID enterprise = UUID.randomUUID();
    final UUID auditor = UUID.randomUUID();
    final OpeningRequest request = new OpeningRequest(LocalDate.of(2026, 3, 2), Currency.getInstance("CNY"), new BigDecimal("1000.00"));

    /** Every (state, act) pair: unopened and opened books asked to open. */
    @Test
    void transitionTable() {
        Books.Unopened unopened = new Books.Unopened(enterprise, "6222020200112233");
        UUID id = UUID.randomUUID();

        BooksOpened opened = (BooksOpened) unopened.open(request, auditor, id, CLOCK);
        assertThat(opened.alreadyOpened()).isFalse();
        assertThat(opened.books()).isEqualTo(new AccountBooks(id, enterprise, "6222020200112233", request.currency(),
                request.firstDay(), request.openingBalance(), auditor, CLOCK.instant()));

        Books.Opened books = new Books.Opened(opened.books());
        assertThat(books.open(new OpeningRequest(request.firstDay(), request.currency(), new BigDecimal("1000"))))
                .as("the same figures again").isEqualTo(new BooksOpened(opened.books(), true));
        assertThat(books.open(new OpeningRequest(request.firstDay().plusDays(1), request.currency(), request.openingBalance())))
                .as("another first day").isInstanceOfSatisfying(OpeningRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo("the books of this account were opened on 2026-03-02 in CNY with balance 1000.00; they are not opened again"));
    }
}
