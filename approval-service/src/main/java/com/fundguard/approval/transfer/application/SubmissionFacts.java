package com.fundguard.approval.transfer.application;

import java.math.BigDecimal;

/**
 * What the platform knows around a new request, for the rules: the applicant's day so far and this payee's history
 * with the enterprise (amounts in the request's currency).
 *
 * @param payeeAverage average amount to this payee account before, zero if never paid
 */
public record SubmissionFacts(long applicantCountToday, BigDecimal applicantAmountToday, boolean payeeIsNew,
                              BigDecimal payeeAverage, long transfersToPayeeLast24h) {
}
