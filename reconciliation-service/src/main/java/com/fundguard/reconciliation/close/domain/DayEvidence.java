package com.fundguard.reconciliation.close.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the bank said about one account and day, and where each of its lines stands, as read when someone asks to
 * close the day.
 *
 * @param lines               the statement lines booked on the account that day (booking date), in statement order
 * @param statuses            each line's standing in reconciliation, by line id; a line missing here is UNKNOWN
 * @param closingStatements   the account's statements whose closing balance is dated that day (normally one; pages
 *                            of one day chain up, two final balances that disagree block the close)
 * @param nextOpeningBalance  the opening balance of the account's first statement closing after that day: how the
 *                            bank confirms that nothing moved on a day for which it sent no statement
 */
public record DayEvidence(LocalDate day, List<BookedLine> lines, Map<UUID, LineStatus> statuses,
                          List<ClosingStatement> closingStatements, Optional<StatedBalance> nextOpeningBalance) {

    public DayEvidence {
        Objects.requireNonNull(day, "day");
        lines = List.copyOf(lines);
        statuses = Map.copyOf(statuses);
        closingStatements = List.copyOf(closingStatements);
        Objects.requireNonNull(nextOpeningBalance, "nextOpeningBalance");
        for (BookedLine line : lines) {
            if (!line.bookingDate().equals(day)) {
                throw new IllegalArgumentException("line " + line.id() + " is booked on " + line.bookingDate() + ", not on " + day);
            }
        }
    }

    /**
     * The closing balances of the day's last pages: those no other statement of the day opens with. Pages that chain
     * leave one; the same statement received twice (say as MT940 and as camt.053) leaves the same balance twice.
     */
    public List<StatedBalance> finalClosingBalances() {
        List<StatedBalance> finals = new ArrayList<>();
        for (ClosingStatement statement : closingStatements) {
            boolean continued = closingStatements.stream().anyMatch(other -> other != statement
                    && other.opening().filter(o -> o.signedAmount().compareTo(statement.closing().signedAmount()) == 0).isPresent()
                    && other.closing().signedAmount().compareTo(statement.closing().signedAmount()) != 0);
            if (!continued) {
                finals.add(statement.closing());
            }
        }
        return finals;
    }

    public LineStatus statusOf(BookedLine line) {
        return statuses.getOrDefault(line.id(), LineStatus.UNKNOWN);
    }
}
