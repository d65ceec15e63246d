package com.fundguard.reconciliation.close.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/** An account's books, not opened yet or opened: the daily close starts at an explicit opening. */
public sealed interface Books permits Books.Unopened, Books.Opened {

    /** The books of an account nobody has opened: no day of it can close. */
    record Unopened(UUID enterpriseId, String account) implements Books {

        public Unopened {
            Objects.requireNonNull(enterpriseId, "enterpriseId");
            Objects.requireNonNull(account, "account");
        }

        public OpeningOutcome open(OpeningRequest request, UUID openedBy, UUID newId, Clock clock) {
            return new OpeningOutcome.BooksOpened(new AccountBooks(newId, enterpriseId, account, request.currency(),
                    request.firstDay(), request.openingBalance(), openedBy, clock.instant().truncatedTo(ChronoUnit.MICROS)), false);
        }
    }

    record Opened(AccountBooks books) implements Books {

        public Opened {
            Objects.requireNonNull(books, "books");
        }

        /** Opening again with the same figures answers as the first time; with others it is refused (days may be closed on them). */
        public OpeningOutcome open(OpeningRequest request) {
            if (books.sameOpening(request)) {
                return new OpeningOutcome.BooksOpened(books, true);
            }
            return new OpeningOutcome.OpeningRefused(books);
        }
    }

    sealed interface OpeningOutcome permits OpeningOutcome.BooksOpened, OpeningOutcome.OpeningRefused {

        /** @param alreadyOpened the books were opened before with the same figures; nothing changed */
        record BooksOpened(AccountBooks books, boolean alreadyOpened) implements OpeningOutcome {
        }

        /** The books are open with other figures; they stay as they are. */
        record OpeningRefused(AccountBooks existing) implements OpeningOutcome {

            public String reason() {
                return "the books of this account were opened on " + existing.firstDay() + " in " + existing.currency()
                        + " with balance " + existing.openingBalance().toPlainString() + "; they are not opened again";
            }
        }
    }
}
