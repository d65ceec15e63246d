package com.fundguard.notification.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticeRecipientsTest {

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = UUID.randomUUID();
    final UUID auditor = UUID.randomUUID();
    final UUID authorizer = UUID.randomUUID();
    final Map<String, List<Person>> holders = Map.of(
            "AUDITOR", List.of(new Person(auditor, Optional.empty())),
            "AUTHORIZER", List.of(new Person(authorizer, Optional.of(Locale.ENGLISH))));

    final NoticedTransfer submitted = NoticedTransfer.submitted(enterprise, UUID.randomUUID(), "TR-20261123-000001",
            applicant, "125000.50", "CNY", "Shanghai Steel Co.", "**********7890", List.of("AUDITOR", "AUTHORIZER"));

    @Test
    void aSubmissionTellsTheApplicantAndTheAuditorsWhoseStepWaitsButNoAuthorizerYet() {
        List<Recipient> told = NoticeRecipients.of(NoticeKind.TRANSFER_SUBMITTED, submitted, submitted, holders, Locale.SIMPLIFIED_CHINESE);

        assertThat(told).containsExactly(
                new Recipient(applicant, Relation.APPLICANT, Locale.SIMPLIFIED_CHINESE),
                new Recipient(auditor, Relation.CURRENT_APPROVER, Locale.SIMPLIFIED_CHINESE));
        assertThat(NoticeRecipients.rolesToAsk(NoticeKind.TRANSFER_SUBMITTED, submitted, submitted)).containsExactly("AUDITOR");
    }

    @Test
    void anAuditTellsTheAuthorizersInTheirOwnLanguage() {
        NoticedTransfer audited = submitted.stepApproved(0);

        List<Recipient> told = NoticeRecipients.of(NoticeKind.TRANSFER_AUDITED, submitted, audited, holders, Locale.SIMPLIFIED_CHINESE);

        assertThat(told).containsExactly(
                new Recipient(applicant, Relation.APPLICANT, Locale.SIMPLIFIED_CHINESE),
                new Recipient(authorizer, Relation.CURRENT_APPROVER, Locale.ENGLISH));
    }

    @Test
    void aCancellationTellsTheApproversOfTheStepThatNoLongerWaits() {
        NoticedTransfer audited = submitted.stepApproved(0);
        NoticedTransfer cancelled = audited.decidedBy(applicant).closed();

        assertThat(NoticeRecipients.rolesToAsk(NoticeKind.TRANSFER_CANCELLED, audited, cancelled)).containsExactly("AUTHORIZER");
        assertThat(NoticeRecipients.of(NoticeKind.TRANSFER_CANCELLED, audited, cancelled, holders, Locale.SIMPLIFIED_CHINESE))
                .extracting(Recipient::userId).containsExactly(applicant, authorizer);
    }

    @Test
    void aRejectionTellsTheApplicantAndWhoRejectedItOnceEach() {
        NoticedTransfer rejected = submitted.decidedBy(auditor).closed();

        List<Recipient> told = NoticeRecipients.of(NoticeKind.TRANSFER_REJECTED, submitted, rejected, Map.of(), Locale.SIMPLIFIED_CHINESE);

        assertThat(told).extracting(Recipient::userId, Recipient::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(applicant, Relation.APPLICANT),
                        org.assertj.core.groups.Tuple.tuple(auditor, Relation.DECIDER));
        assertThat(NoticeRecipients.rolesToAsk(NoticeKind.TRANSFER_REJECTED, submitted, rejected)).isEmpty();
    }

    @Test
    void moneyAtRiskTellsEveryoneHoldingARoleOfTheRouteAndNobodyTwice() {
        NoticedTransfer authorized = submitted.stepApproved(0).stepApproved(1).decidedBy(authorizer);

        List<Recipient> told = NoticeRecipients.of(NoticeKind.EXECUTION_FAILED, authorized, authorized, holders, Locale.SIMPLIFIED_CHINESE);

        assertThat(NoticeKind.EXECUTION_FAILED.moneyAtRisk()).isTrue();
        assertThat(NoticeKind.EXECUTION_OUTCOME_UNKNOWN.moneyAtRisk()).isTrue();
        assertThat(NoticeKind.EXECUTION_EXECUTED.moneyAtRisk()).isFalse();
        assertThat(told).extracting(Recipient::userId).containsExactly(applicant, authorizer, auditor);
    }

    @Test
    void anApplicantWhoApprovesIsToldOnceAsTheApplicant() {
        Map<String, List<Person>> applicantAudits = Map.of("AUDITOR", List.of(new Person(applicant, Optional.empty())));

        List<Recipient> told = NoticeRecipients.of(NoticeKind.TRANSFER_SUBMITTED, submitted, submitted, applicantAudits, Locale.SIMPLIFIED_CHINESE);

        assertThat(told).containsExactly(new Recipient(applicant, Relation.APPLICANT, Locale.SIMPLIFIED_CHINESE));
    }
}
