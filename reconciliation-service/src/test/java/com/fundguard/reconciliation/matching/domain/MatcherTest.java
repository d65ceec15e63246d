package com.fundguard.reconciliation.matching.domain;

import static com.fundguard.reconciliation.matching.domain.Bookings.EUR;
import static com.fundguard.reconciliation.matching.domain.Bookings.OTHER_PAYEE;
import static com.fundguard.reconciliation.matching.domain.Bookings.PAYEE;
import static com.fundguard.reconciliation.matching.domain.Bookings.credit;
import static com.fundguard.reconciliation.matching.domain.Bookings.debit;
import static com.fundguard.reconciliation.matching.domain.Bookings.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatcherTest {

    /** Three days either side, EUR fee up to 25.00 and rounding up to 0.02, groups of up to three. */
    static final MatchingPolicy POLICY = new MatchingPolicy(3, Map.of(EUR,
            new MatchingPolicy.Tolerance(new BigDecimal("25.00"), new BigDecimal("0.02"))), 3);

    static MatchingResult match(List<BankLine> lines, List<Expectation> transfers) {
        return new Matcher(POLICY).match(lines, transfers);
    }

    static MatchingResult match(MatchingPolicy policy, List<BankLine> lines, List<Expectation> transfers) {
        return new Matcher(policy).match(lines, transfers);
    }

    static Match onlyMatch(MatchingResult result) {
        assertThat(result.matches()).hasSize(1);
        return result.matches().getFirst();
    }

    static Finding onlyFinding(MatchingResult result, FindingType type) {
        assertThat(result.findingsOf(type)).hasSize(1);
        return result.findingsOf(type).getFirst();
    }

    @Nested
    class ExactReferencePass {

        @Test
        void aDebitCarryingTheTransfersEndToEndIdForItsAmountIsItsBooking() {
            Expectation transfer = transfer("1250.00").build();
            BankLine line = debit("1250.00").endToEndOf(transfer).bookedDaysAfter(9).build();

            MatchingResult result = match(List.of(line), List.of(transfer));

            Match match = onlyMatch(result);
            assertThat(match.pass()).isEqualTo(MatchPass.EXACT_REFERENCE);
            assertThat(match.rule()).isEqualTo(MatchRule.END_TO_END_ID);
            assertThat(match.lineIds()).containsExactly(line.id());
            assertThat(match.transferIds()).containsExactly(transfer.transferId());
            assertThat(match.difference()).isZero();
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void withoutAnEndToEndIdTheBankReferenceMatches() {
            Expectation transfer = transfer("80.10").bankReference("BK-7781").build();
            BankLine line = debit("80.10").endToEnd("NOTPROVIDED").bankReference("BK-7781").build();

            Match match = onlyMatch(match(List.of(line), List.of(transfer)));

            assertThat(match.rule()).isEqualTo(MatchRule.BANK_REFERENCE);
        }

        @Test
        void accountsAreComparedWithoutSpacesAndCase() {
            Expectation transfer = transfer("10.00").account("de89 3704 0044 0532 0130 00").build();
            BankLine line = debit("10.00").endToEndOf(transfer).build();

            assertThat(onlyMatch(match(List.of(line), List.of(transfer))).rule()).isEqualTo(MatchRule.END_TO_END_ID);
        }

        @Test
        void anAmountWrittenWithAnotherScaleIsTheSameAmount() {
            Expectation transfer = transfer("10.5").build();
            BankLine line = debit("10.5000").endToEndOf(transfer).build();

            assertThat(onlyMatch(match(List.of(line), List.of(transfer))).difference()).isZero();
        }

        @Test
        void theEndToEndIdWinsOverABankReferenceNamingTheSameTransfer() {
            Expectation transfer = transfer("99.00").bankReference("BK-1").build();
            BankLine byEndToEnd = debit("99.00").endToEndOf(transfer).bookedDaysAfter(1).build();
            BankLine byBankReference = debit("99.00").bankReference("BK-1").build();

            MatchingResult result = match(List.of(byBankReference, byEndToEnd), List.of(transfer));

            assertThat(onlyMatch(result).lineIds()).containsExactly(byEndToEnd.id());
            assertThat(onlyFinding(result, FindingType.DUPLICATE_DEBIT).lineIds()).containsExactly(byBankReference.id());
        }

        @Test
        void aReferenceBookedOnAnotherAccountIsNoMatch() {
            Expectation transfer = transfer("99.00").build();
            BankLine line = debit("99.00").endToEndOf(transfer).account("DE02120300000000202051").build();

            MatchingResult result = match(List.of(line), List.of(transfer));

            assertThat(result.matches()).isEmpty();
            Finding unexplained = onlyFinding(result, FindingType.BANK_DEBIT_WITHOUT_TRANSFER);
            assertThat(unexplained.transferIds()).containsExactly(transfer.transferId());
            assertThat(unexplained.why()).contains("to be debited to account");
            assertThat(onlyFinding(result, FindingType.TRANSFER_WITHOUT_BANK_DEBIT).transferIds())
                    .containsExactly(transfer.transferId());
        }

        @Test
        void aBankReferenceGivenToTwoTransfersOfTheSameAmountIsAmbiguous() {
            Expectation one = transfer("40.00").bankReference("BK-SAME").build();
            Expectation other = transfer("40.00").bankReference("BK-SAME").build();
            BankLine line = debit("40.00").bankReference("BK-SAME").build();

            MatchingResult result = match(List.of(line), List.of(one, other));

            assertThat(result.matches()).isEmpty();
            Finding ambiguity = onlyFinding(result, FindingType.AMBIGUOUS_MATCH);
            assertThat(ambiguity.lineIds()).containsExactly(line.id());
            assertThat(ambiguity.transferIds()).containsExactlyInAnyOrder(one.transferId(), other.transferId());
            assertThat(result.findingsOf(FindingType.TRANSFER_WITHOUT_BANK_DEBIT)).isEmpty();
        }
    }

    @Nested
    class CounterpartyWindowPass {

        @Test
        void sameAccountAmountAndCounterpartyWithinTheWindowMatch() {
            Expectation transfer = transfer("512.30").build();
            BankLine line = debit("512.30").to("NL91 ABNA 0417 1643 00").bankReference("UNKNOWN-TO-US")
                    .bookedDaysAfter(3).build();

            Match match = onlyMatch(match(List.of(line), List.of(transfer)));

            assertThat(match.pass()).isEqualTo(MatchPass.COUNTERPARTY_WINDOW);
            assertThat(match.rule()).isEqualTo(MatchRule.AMOUNT_COUNTERPARTY_DATE);
        }

        @Test
        void aBookingOutsideTheWindowIsNotMatched() {
            Expectation transfer = transfer("512.30").build();
            BankLine line = debit("512.30").to(PAYEE).bookedDaysAfter(4).build();

            MatchingResult result = match(List.of(line), List.of(transfer));

            assertThat(result.matches()).isEmpty();
            assertThat(result.findingsOf(FindingType.BANK_DEBIT_WITHOUT_TRANSFER)).hasSize(1);
            assertThat(result.findingsOf(FindingType.TRANSFER_WITHOUT_BANK_DEBIT)).hasSize(1);
        }

        @Test
        void anotherCounterpartyIsNotMatched() {
            Expectation transfer = transfer("512.30").build();
            BankLine line = debit("512.30").to(OTHER_PAYEE).build();

            assertThat(match(List.of(line), List.of(transfer)).matches()).isEmpty();
        }

        @Test
        void aTransferNamedByAnotherLinesReferenceIsNotGivenToALineWithoutOne() {
            Expectation transfer = transfer("300.00").build();
            BankLine named = debit("390.00").endToEndOf(transfer).build();
            BankLine lookalike = debit("300.00").to(PAYEE).build();

            MatchingResult result = match(List.of(named, lookalike), List.of(transfer));

            assertThat(result.matches()).isEmpty();
            assertThat(onlyFinding(result, FindingType.AMOUNT_MISMATCH).lineIds()).containsExactly(named.id());
            assertThat(onlyFinding(result, FindingType.BANK_DEBIT_WITHOUT_TRANSFER).lineIds())
                    .containsExactly(lookalike.id());
        }
    }

    @Nested
    class TolerancePass {

        @Test
        void aDebitLargerByABankChargeWithinTheToleranceMatchesAndTheChargeIsAFee() {
            Expectation transfer = transfer("1000.00").build();
            BankLine line = debit("1012.50").endToEndOf(transfer).build();

            MatchingResult result = match(List.of(line), List.of(transfer));

            Match match = onlyMatch(result);
            assertThat(match.pass()).isEqualTo(MatchPass.TOLERANCE);
            assertThat(match.rule()).isEqualTo(MatchRule.REFERENCE_WITHIN_FEE);
            assertThat(match.difference()).isEqualByComparingTo("12.50");
            Finding fee = onlyFinding(result, FindingType.FEE);
            assertThat(fee.amount()).isEqualByComparingTo("12.50");
            assertThat(fee.lineIds()).containsExactly(line.id());
            assertThat(fee.transferIds()).containsExactly(transfer.transferId());
        }

        @Test
        void aRoundingDifferenceEitherWayMatchesWithoutAFee() {
            Expectation lower = transfer("100.00").build();
            Expectation higher = transfer("200.00").build();
            BankLine below = debit("99.98").endToEndOf(lower).build();
            BankLine above = debit("200.02").endToEndOf(higher).build();

            MatchingResult result = match(List.of(below, above), List.of(lower, higher));

            assertThat(result.matches()).extracting(Match::rule).containsOnly(MatchRule.REFERENCE_WITHIN_ROUNDING);
            assertThat(result.matches()).hasSize(2);
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void aDebitSmallerThanTheTransferIsNoFee() {
            Expectation transfer = transfer("1000.00").build();
            BankLine line = debit("990.00").endToEndOf(transfer).build();

            MatchingResult result = match(List.of(line), List.of(transfer));

            assertThat(result.matches()).isEmpty();
            assertThat(onlyFinding(result, FindingType.AMOUNT_MISMATCH).amount()).isEqualByComparingTo("10.00");
        }

        @Test
        void toleranceIsPerCurrencyAndNoneWhereNoneIsConfigured() {
            Expectation transfer = transfer("1000.00").currency("USD").build();
            BankLine line = debit("1005.00").currency("USD").endToEndOf(transfer).build();

            MatchingResult result = match(List.of(line), List.of(transfer));

            assertThat(result.matches()).isEmpty();
            assertThat(result.findingsOf(FindingType.AMOUNT_MISMATCH)).hasSize(1);
        }

        @Test
        void withoutAReferenceTheToleranceNeedsTheCounterpartyAndTheWindow() {
            Expectation transfer = transfer("700.00").build();
            BankLine line = debit("707.00").to(PAYEE).bookedDaysAfter(2).build();

            MatchingResult result = match(List.of(line), List.of(transfer));

            assertThat(onlyMatch(result).rule()).isEqualTo(MatchRule.COUNTERPARTY_DATE_WITHIN_FEE);
            assertThat(onlyFinding(result, FindingType.FEE).amount()).isEqualByComparingTo("7.00");
        }
    }

    @Nested
    class GroupPass {

        @Test
        void oneLineForABatchOfTransfersOfOneExecutionDateIsABatchBooking() {
            Expectation first = transfer("100.00").to("NL01").build();
            Expectation second = transfer("250.00").to("NL02").build();
            Expectation third = transfer("49.99").to("NL03").build();
            BankLine batch = debit("399.99").bookedDaysAfter(1).build();

            Match match = onlyMatch(match(List.of(batch), List.of(first, second, third)));

            assertThat(match.pass()).isEqualTo(MatchPass.GROUP);
            assertThat(match.rule()).isEqualTo(MatchRule.BATCH_BOOKING);
            assertThat(match.lineIds()).containsExactly(batch.id());
            assertThat(match.transferIds()).containsExactlyInAnyOrder(first.transferId(), second.transferId(),
                    third.transferId());
        }

        @Test
        void aBatchLargerThanTheBoundIsNotMatched() {
            List<Expectation> four = List.of(transfer("1.00").to("NL01").build(), transfer("2.00").to("NL02").build(),
                    transfer("4.00").to("NL03").build(), transfer("8.00").to("NL04").build());
            BankLine batch = debit("15.00").build();

            MatchingResult result = match(List.of(batch), four);

            assertThat(result.matches()).isEmpty();
            assertThat(result.findingsOf(FindingType.TRANSFER_WITHOUT_BANK_DEBIT)).hasSize(4);
            assertThat(match(new MatchingPolicy(3, Map.of(), 4), List.of(batch), four).matches()).hasSize(1);
        }

        @Test
        void transfersOfDifferentExecutionDatesAreNoBatch() {
            Expectation monday = transfer("100.00").to("NL01").build();
            Expectation tuesday = transfer("250.00").to("NL02").executedDaysAfter(1).build();
            BankLine batch = debit("350.00").build();

            assertThat(match(List.of(batch), List.of(monday, tuesday)).matches()).isEmpty();
        }

        @Test
        void twoBatchesAddingUpToTheLineAreAmbiguous() {
            List<Expectation> transfers = List.of(transfer("100.00").to("NL01").build(),
                    transfer("200.00").to("NL02").build(), transfer("120.00").to("NL03").build(),
                    transfer("180.00").to("NL04").build());
            BankLine batch = debit("300.00").build();

            MatchingResult result = match(List.of(batch), transfers);

            assertThat(result.matches()).isEmpty();
            Finding ambiguity = onlyFinding(result, FindingType.AMBIGUOUS_MATCH);
            assertThat(ambiguity.lineIds()).containsExactly(batch.id());
            assertThat(ambiguity.transferIds()).hasSize(4);
        }

        @Test
        void twoLinesClaimingTheSameBatchAreAmbiguous() {
            Expectation first = transfer("100.00").to("NL01").build();
            Expectation second = transfer("200.00").to("NL02").build();
            BankLine one = debit("300.00").build();
            BankLine other = debit("300.00").bookedDaysAfter(1).build();

            MatchingResult result = match(List.of(one, other), List.of(first, second));

            assertThat(result.matches()).isEmpty();
            assertThat(onlyFinding(result, FindingType.AMBIGUOUS_MATCH).lineIds()).hasSize(2);
        }

        @Test
        void oneTransferBookedAsSeveralLinesCarryingItsReferenceIsASplitBooking() {
            Expectation transfer = transfer("1000.00").build();
            BankLine first = debit("600.00").endToEndOf(transfer).build();
            BankLine second = debit("400.00").endToEndOf(transfer).bookedDaysAfter(1).build();

            MatchingResult result = match(List.of(first, second), List.of(transfer));

            Match match = onlyMatch(result);
            assertThat(match.rule()).isEqualTo(MatchRule.SPLIT_BOOKING_BY_REFERENCE);
            assertThat(match.lineIds()).containsExactlyInAnyOrder(first.id(), second.id());
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void oneTransferBookedAsSeveralLinesToItsPayeeIsASplitBooking() {
            Expectation transfer = transfer("1000.00").build();
            BankLine first = debit("700.00").to(PAYEE).build();
            BankLine second = debit("300.00").to(PAYEE).bookedDaysAfter(2).build();

            Match match = onlyMatch(match(List.of(first, second), List.of(transfer)));

            assertThat(match.rule()).isEqualTo(MatchRule.SPLIT_BOOKING_BY_COUNTERPARTY);
        }

        @Test
        void aSplitIntoMoreLinesThanTheBoundIsNotMatched() {
            Expectation transfer = transfer("10.00").build();
            List<BankLine> lines = List.of(debit("1.00").to(PAYEE).build(), debit("2.00").to(PAYEE).build(),
                    debit("3.00").to(PAYEE).build(), debit("4.00").to(PAYEE).build());

            MatchingResult result = match(lines, List.of(transfer));

            assertThat(result.matches()).isEmpty();
            assertThat(result.findingsOf(FindingType.BANK_DEBIT_WITHOUT_TRANSFER)).hasSize(4);
        }

        @Test
        void aGroupSizeBelowTwoTurnsThePassOff() {
            Expectation first = transfer("100.00").to("NL01").build();
            Expectation second = transfer("250.00").to("NL02").build();
            BankLine batch = debit("350.00").build();

            assertThat(match(new MatchingPolicy(3, Map.of(), 1), List.of(batch), List.of(first, second)).matches())
                    .isEmpty();
        }
    }

    @Nested
    class Findings {

        @Test
        void aDebitNoTransferExplainsIsABankDebitWithoutTransfer() {
            BankLine line = debit("4999.00").to(OTHER_PAYEE).build();

            Finding finding = onlyFinding(match(List.of(line), List.of()), FindingType.BANK_DEBIT_WITHOUT_TRANSFER);

            assertThat(finding.lineIds()).containsExactly(line.id());
            assertThat(finding.transferIds()).isEmpty();
            assertThat(finding.amount()).isEqualByComparingTo("4999.00");
            assertThat(finding.account()).isEqualTo(line.account());
            assertThat(finding.date()).isEqualTo(line.bookingDate());
        }

        @Test
        void aDebitCarryingTheReferenceOfAFailedTransferIsABankDebitWithoutTransfer() {
            Expectation failed = transfer("75.00").status(ExpectationStatus.FAILED).build();
            BankLine line = debit("75.00").endToEndOf(failed).build();

            MatchingResult result = match(List.of(line), List.of(failed));

            assertThat(result.matches()).isEmpty();
            Finding finding = onlyFinding(result, FindingType.BANK_DEBIT_WITHOUT_TRANSFER);
            assertThat(finding.transferIds()).containsExactly(failed.transferId());
            assertThat(finding.why()).contains("failed");
            assertThat(result.findingsOf(FindingType.TRANSFER_WITHOUT_BANK_DEBIT)).isEmpty();
        }

        @Test
        void anExecutedTransferWithNoLineIsATransferWithoutBankDebitAndAFailedOneIsNothing() {
            Expectation executed = transfer("75.00").build();
            Expectation failed = transfer("80.00").status(ExpectationStatus.FAILED).build();

            MatchingResult result = match(List.of(), List.of(executed, failed));

            Finding finding = onlyFinding(result, FindingType.TRANSFER_WITHOUT_BANK_DEBIT);
            assertThat(finding.transferIds()).containsExactly(executed.transferId());
            assertThat(finding.lineIds()).isEmpty();
            assertThat(finding.date()).isEqualTo(executed.expectedDate());
            assertThat(result.findings()).hasSize(1);
        }

        @Test
        void aReferenceWithAnAmountBeyondTheToleranceIsAnAmountMismatch() {
            Expectation transfer = transfer("1000.00").build();
            BankLine line = debit("1100.00").endToEndOf(transfer).build();

            MatchingResult result = match(List.of(line), List.of(transfer));

            assertThat(result.matches()).isEmpty();
            Finding mismatch = onlyFinding(result, FindingType.AMOUNT_MISMATCH);
            assertThat(mismatch.lineIds()).containsExactly(line.id());
            assertThat(mismatch.transferIds()).containsExactly(transfer.transferId());
            assertThat(mismatch.amount()).isEqualByComparingTo("100.00");
            assertThat(mismatch.why()).contains("1100.00", "1000.00", "more");
            assertThat(result.findings()).hasSize(1);
        }

        @Test
        void aReferenceBookedInAnotherCurrencyIsAnAmountMismatch() {
            Expectation transfer = transfer("1000.00").build();
            BankLine line = debit("1000.00").currency("USD").endToEndOf(transfer).build();

            Finding mismatch = onlyFinding(match(List.of(line), List.of(transfer)), FindingType.AMOUNT_MISMATCH);

            assertThat(mismatch.why()).contains("USD", "EUR");
        }

        @Test
        void aLaterDebitWithTheReferenceAndAmountOfAMatchedTransferIsADuplicate() {
            Expectation transfer = transfer("250.00").build();
            BankLine booking = debit("250.00").endToEndOf(transfer).build();
            BankLine again = debit("250.00").endToEndOf(transfer).bookedDaysAfter(1).build();

            MatchingResult result = match(List.of(again, booking), List.of(transfer));

            assertThat(onlyMatch(result).lineIds()).containsExactly(booking.id());
            Finding duplicate = onlyFinding(result, FindingType.DUPLICATE_DEBIT);
            assertThat(duplicate.lineIds()).containsExactly(again.id());
            assertThat(duplicate.transferIds()).containsExactly(transfer.transferId());
            assertThat(duplicate.amount()).isEqualByComparingTo("250.00");
            assertThat(duplicate.why()).contains(booking.id().toString());
        }

        @Test
        void twoSameDayDebitsWithTheReferenceAreOneDuplicateAndNeitherIsGuessedToBeTheBooking() {
            Expectation transfer = transfer("250.00").build();
            BankLine one = debit("250.00").endToEndOf(transfer).build();
            BankLine other = debit("250.00").endToEndOf(transfer).build();

            MatchingResult result = match(List.of(one, other), List.of(transfer));

            assertThat(result.matches()).isEmpty();
            Finding duplicate = onlyFinding(result, FindingType.DUPLICATE_DEBIT);
            assertThat(duplicate.lineIds()).containsExactlyInAnyOrder(one.id(), other.id());
            assertThat(result.findings()).hasSize(1);
        }

        @Test
        void aFurtherDebitWithTheReferenceButAnotherAmountIsUnexplainedNotADuplicate() {
            Expectation transfer = transfer("250.00").build();
            BankLine booking = debit("250.00").endToEndOf(transfer).build();
            BankLine other = debit("990.00").endToEndOf(transfer).bookedDaysAfter(1).build();

            MatchingResult result = match(List.of(booking, other), List.of(transfer));

            assertThat(onlyMatch(result).lineIds()).containsExactly(booking.id());
            assertThat(onlyFinding(result, FindingType.BANK_DEBIT_WITHOUT_TRANSFER).lineIds()).containsExactly(other.id());
        }

        @Test
        void aCreditOrAReversalCarryingATransfersReferenceIsAReturnedPayment() {
            Expectation transfer = transfer("250.00").bankReference("BK-9").build();
            BankLine booking = debit("250.00").endToEndOf(transfer).build();
            BankLine returned = credit("250.00").endToEndOf(transfer).code("NRTI").bookedDaysAfter(5).build();
            BankLine reversed = credit("250.00").reversal().bankReference("BK-9").bookedDaysAfter(6).build();

            MatchingResult result = match(List.of(booking, returned, reversed), List.of(transfer));

            assertThat(onlyMatch(result).lineIds()).containsExactly(booking.id());
            assertThat(result.findingsOf(FindingType.RETURNED_PAYMENT)).hasSize(2)
                    .allSatisfy(f -> assertThat(f.transferIds()).containsExactly(transfer.transferId()));
            assertThat(result.findingsOf(FindingType.RETURNED_PAYMENT)).extracting(f -> f.lineIds().getFirst())
                    .containsExactlyInAnyOrder(returned.id(), reversed.id());
        }

        @Test
        void aCreditCarryingNoKnownReferenceIsNoFindingButAnUnrelatedLine() {
            BankLine incoming = credit("5000.00").endToEnd("CUSTOMER-PAYS-INVOICE-17").build();

            MatchingResult result = match(List.of(incoming), List.of());

            assertThat(result.findings()).isEmpty();
            assertThat(result.unrelatedLineIds()).containsExactly(incoming.id());
        }

        @Test
        void aDebitWithABankChargeCodeIsAFeeSayingWhichCode() {
            BankLine mt940 = debit("12.00").code("NCHG").build();
            BankLine camt = debit("3.50").code("PMNT-ICDT-CHRG").build();
            BankLine bai2 = debit("25.00").code("698").build();
            BankLine commission = debit("1.00").code("FCOM").build();

            MatchingResult result = match(List.of(mt940, camt, bai2, commission), List.of());

            assertThat(result.findingsOf(FindingType.FEE)).hasSize(4);
            assertThat(result.findingsOf(FindingType.FEE)).extracting(Finding::why).anySatisfy(
                    why -> assertThat(why).contains("MT940 code NCHG")).anySatisfy(
                    why -> assertThat(why).contains("camt", "CHRG")).anySatisfy(
                    why -> assertThat(why).contains("BAI2 type code 698")).anySatisfy(
                    why -> assertThat(why).contains("commission"));
            assertThat(result.findingsOf(FindingType.BANK_DEBIT_WITHOUT_TRANSFER)).isEmpty();
        }

        @Test
        void aChargeLineIsNeverTakenForTheTransferItNames() {
            Expectation transfer = transfer("12.00").build();
            BankLine charge = debit("12.00").code("NCHG").endToEndOf(transfer).build();

            MatchingResult result = match(List.of(charge), List.of(transfer));

            assertThat(result.matches()).isEmpty();
            assertThat(onlyFinding(result, FindingType.FEE).transferIds()).containsExactly(transfer.transferId());
            assertThat(result.findingsOf(FindingType.TRANSFER_WITHOUT_BANK_DEBIT)).hasSize(1);
        }

        @Test
        void aMatchedTransferWhoseOutcomeWasUnknownIsResolved() {
            Expectation unknown = transfer("640.00").status(ExpectationStatus.OUTCOME_UNKNOWN).build();
            BankLine line = debit("640.00").to(PAYEE).bookedDaysAfter(1).build();

            MatchingResult result = match(List.of(line), List.of(unknown));

            assertThat(onlyMatch(result).rule()).isEqualTo(MatchRule.AMOUNT_COUNTERPARTY_DATE);
            Finding resolved = onlyFinding(result, FindingType.UNKNOWN_OUTCOME_RESOLVED);
            assertThat(resolved.lineIds()).containsExactly(line.id());
            assertThat(resolved.transferIds()).containsExactly(unknown.transferId());
            assertThat(resolved.amount()).isEqualByComparingTo("640.00");
        }

        @Test
        void anUnknownOutcomeWithNoLineIsStillMissing() {
            Expectation unknown = transfer("640.00").status(ExpectationStatus.OUTCOME_UNKNOWN).build();

            Finding missing = onlyFinding(match(List.of(), List.of(unknown)), FindingType.TRANSFER_WITHOUT_BANK_DEBIT);

            assertThat(missing.why()).contains("outcome is unknown");
        }
    }

    @Nested
    class NoGuessing {

        @Test
        void oneLineAndTwoEquallyGoodTransfersAreLeftToAPerson() {
            Expectation one = transfer("300.00").build();
            Expectation other = transfer("300.00").executedDaysAfter(1).build();
            BankLine line = debit("300.00").to(PAYEE).bookedDaysAfter(1).build();

            MatchingResult result = match(List.of(line), List.of(one, other));

            assertThat(result.matches()).isEmpty();
            Finding ambiguity = onlyFinding(result, FindingType.AMBIGUOUS_MATCH);
            assertThat(ambiguity.lineIds()).containsExactly(line.id());
            assertThat(ambiguity.transferIds()).containsExactlyInAnyOrder(one.transferId(), other.transferId());
            assertThat(result.findings()).hasSize(1);
        }

        @Test
        void twoIdenticalPaymentsToOnePayeeAreNotPairedByGuess() {
            Expectation one = transfer("300.00").build();
            Expectation other = transfer("300.00").build();
            BankLine first = debit("300.00").to(PAYEE).build();
            BankLine second = debit("300.00").to(PAYEE).build();

            MatchingResult result = match(List.of(first, second), List.of(one, other));

            assertThat(result.matches()).isEmpty();
            Finding ambiguity = onlyFinding(result, FindingType.AMBIGUOUS_MATCH);
            assertThat(ambiguity.lineIds()).hasSize(2);
            assertThat(ambiguity.transferIds()).hasSize(2);
        }

        @Test
        void anAmbiguityIsNotResolvedByAWeakerPassLater() {
            Expectation one = transfer("300.00").build();
            Expectation other = transfer("300.00").build();
            BankLine line = debit("300.00").to(PAYEE).build();
            BankLine fee = debit("310.00").to(PAYEE).build();

            MatchingResult result = match(List.of(line, fee), List.of(one, other));

            assertThat(result.matches()).isEmpty();
            assertThat(onlyFinding(result, FindingType.AMBIGUOUS_MATCH).lineIds()).containsExactly(line.id());
            assertThat(result.findingsOf(FindingType.AMBIGUOUS_MATCH)).hasSize(1);
            assertThat(onlyFinding(result, FindingType.BANK_DEBIT_WITHOUT_TRANSFER).lineIds()).containsExactly(fee.id());
        }

        @Test
        void anUnambiguousPairBesideAnAmbiguousOneIsStillMatched() {
            Expectation single = transfer("123.45").to(OTHER_PAYEE).build();
            Expectation twinA = transfer("300.00").build();
            Expectation twinB = transfer("300.00").build();
            BankLine singleLine = debit("123.45").to(OTHER_PAYEE).build();
            BankLine twinLine = debit("300.00").to(PAYEE).build();

            MatchingResult result = match(List.of(singleLine, twinLine), List.of(single, twinA, twinB));

            assertThat(onlyMatch(result).transferIds()).containsExactly(single.transferId());
        }
    }

    @Nested
    class Determinism {

        @Test
        void theSameInputInAnyOrderGivesTheSameResult() {
            GeneratedMonth.Generated month = GeneratedMonth.generate(3_000, 42);
            MatchingResult first = new Matcher(GeneratedMonth.POLICY).match(month.lines(), month.expectations());
            Random random = new Random(7);
            for (int round = 0; round < 5; round++) {
                List<BankLine> lines = new ArrayList<>(month.lines());
                List<Expectation> transfers = new ArrayList<>(month.expectations());
                Collections.shuffle(lines, random);
                Collections.shuffle(transfers, random);

                assertThat(new Matcher(GeneratedMonth.POLICY).match(lines, transfers)).isEqualTo(first);
            }
        }

        @Test
        void tiesInTheSameInputInAnyOrderStayUnmatched() {
            Expectation one = transfer("300.00").build();
            Expectation other = transfer("300.00").build();
            BankLine line = debit("300.00").to(PAYEE).build();

            MatchingResult forwards = match(List.of(line), List.of(one, other));
            MatchingResult backwards = match(List.of(line), List.of(other, one));

            assertThat(forwards).isEqualTo(backwards);
            assertThat(forwards.matches()).isEmpty();
        }
    }

    @Nested
    class AgainstAGeneratorsTruth {

        /** Seeds chosen once, so a failure is reproducible; each month mixes all kinds of bookings and exceptions. */
        @Test
        void noFalseMatchAndEveryExpectedFindingOverManyGeneratedMonths() {
            for (long seed = 1; seed <= 12; seed++) {
                GeneratedMonth.Generated month = GeneratedMonth.generate(4_000, seed);
                MatchingResult result = new Matcher(GeneratedMonth.POLICY).match(month.lines(), month.expectations());
                GeneratedMonth.Score score = GeneratedMonth.score(month, result);

                assertThat(score.falseMatches()).as("false matches, seed %d: %s", seed, score.falseMatchExamples())
                        .isZero();
                assertThat(score.missed()).as("missed matches, seed %d", seed).isZero();
                assertThat(score.findings()).as("findings by type, seed %d", seed)
                        .isEqualTo(score.expectedFindings());
                assertThat(score.findingsAgainstTruth()).as("findings the truth does not call for, seed %d", seed)
                        .isZero();
                assertEveryLineAndTransferIsAccountedForOnce(month, result);
            }
        }

        private void assertEveryLineAndTransferIsAccountedForOnce(GeneratedMonth.Generated month,
                                                                  MatchingResult result) {
            List<UUID> matchedLines = result.matches().stream().flatMap(m -> m.lineIds().stream()).toList();
            List<UUID> matchedTransfers = result.matches().stream().flatMap(m -> m.transferIds().stream()).toList();
            assertThat(matchedLines).doesNotHaveDuplicates();
            assertThat(matchedTransfers).doesNotHaveDuplicates();
            java.util.Set<UUID> accounted = new java.util.HashSet<>(matchedLines);
            result.findings().forEach(f -> accounted.addAll(f.lineIds()));
            accounted.addAll(result.unrelatedLineIds());
            assertThat(month.lines()).allSatisfy(line -> assertThat(accounted).contains(line.id()));
            java.util.Set<UUID> transfersAccounted = new java.util.HashSet<>(matchedTransfers);
            result.findings().forEach(f -> transfersAccounted.addAll(f.transferIds()));
            assertThat(month.expectations()).filteredOn(e -> e.status().expectsDebit())
                    .allSatisfy(e -> assertThat(transfersAccounted).contains(e.transferId()));
        }
    }

    @Nested
    class Input {

        @Test
        void aLineGivenTwiceIsRefused() {
            BankLine line = debit("1.00").build();

            assertThatThrownBy(() -> match(List.of(line, line), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(line.id().toString());
        }

        @Test
        void anAmountFinerThanTheTablesScaleIsRefusedNamingTheTransfer() {
            Expectation transfer = transfer("1.00001").build();

            assertThatThrownBy(() -> match(List.of(), List.of(transfer)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(transfer.transferId().toString()).hasMessageContaining("1.00001");
        }

        @Test
        void aNegativeAmountIsRefusedByTheLine() {
            assertThatThrownBy(() -> debit("-1.00").build()).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
