package com.fundguard.reconciliation.matching.domain;

import java.util.List;
import java.util.UUID;

/**
 * Everything a matching run decided. Every line given is in a match, in a finding, or among the
 * {@code unrelatedLineIds}; every transfer expecting a debit is in a match or a finding.
 *
 * @param matches          ordered by their first line id
 * @param findings         ordered by type, then first line id, then first transfer id
 * @param unrelatedLineIds credits and reversals that carry no reference of a known transfer: incoming money, not
 *                         the matcher's business (ordered by id)
 */
public record MatchingResult(List<Match> matches, List<Finding> findings, List<UUID> unrelatedLineIds) {

    public MatchingResult {
        matches = List.copyOf(matches);
        findings = List.copyOf(findings);
        unrelatedLineIds = List.copyOf(unrelatedLineIds);
    }

    public List<Finding> findingsOf(FindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }
}
