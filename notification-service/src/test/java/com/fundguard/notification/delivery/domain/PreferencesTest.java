package com.fundguard.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.notification.notice.domain.Relation;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    final ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    final Instant elevenAtNightInShanghai = Instant.parse("2026-11-23T15:00:00Z");
    final Instant sevenNextMorningInShanghai = Instant.parse("2026-11-23T23:00:00Z");

    @Test
    void byDefaultInboxAndSseAlwaysAndEmailForApprovalsWaitingAndMoneyAtRiskOnceAnAddressIsGiven() {
        Preferences defaults = Preferences.defaults();
        Preferences withAddress = new Preferences(defaults.channels(), Optional.empty(), Optional.of("cfo@example.com"));

        assertThat(defaults.channelsFor(NoticeTopic.APPROVAL_PENDING)).containsExactlyInAnyOrder(Channel.INBOX, Channel.SSE);
        assertThat(withAddress.channelsFor(NoticeTopic.APPROVAL_PENDING)).containsExactlyInAnyOrder(Channel.INBOX, Channel.SSE, Channel.EMAIL);
        assertThat(withAddress.channelsFor(NoticeTopic.MONEY_AT_RISK)).containsExactlyInAnyOrder(Channel.INBOX, Channel.SSE, Channel.EMAIL);
        assertThat(withAddress.channelsFor(NoticeTopic.TRANSFER_PROGRESS)).containsExactlyInAnyOrder(Channel.INBOX, Channel.SSE);
    }

    @Test
    void theInboxCannotBeTurnedOff() {
        Preferences onlyEmail = new Preferences(Map.of(NoticeTopic.TRANSFER_PROGRESS, Set.of(Channel.EMAIL)), Optional.empty(),
                Optional.of("a@example.com"));

        assertThat(onlyEmail.channelsFor(NoticeTopic.TRANSFER_PROGRESS)).containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL);
        assertThat(onlyEmail.channelsFor(NoticeTopic.APPROVAL_PENDING)).containsExactly(Channel.INBOX);
    }

    @Test
    void quietHoursHoldPushesUntilMorningButNeitherTheInboxNorMoneyAtRisk() {
        Preferences quietAtNight = new Preferences(Preferences.defaults().channels(),
                Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), shanghai)), Optional.of("cfo@example.com"));

        assertThat(quietAtNight.dueAt(Channel.EMAIL, NoticeTopic.APPROVAL_PENDING, elevenAtNightInShanghai)).isEqualTo(sevenNextMorningInShanghai);
        assertThat(quietAtNight.dueAt(Channel.SSE, NoticeTopic.TRANSFER_PROGRESS, elevenAtNightInShanghai)).isEqualTo(sevenNextMorningInShanghai);
        assertThat(quietAtNight.dueAt(Channel.INBOX, NoticeTopic.APPROVAL_PENDING, elevenAtNightInShanghai)).isEqualTo(elevenAtNightInShanghai);
        assertThat(quietAtNight.dueAt(Channel.EMAIL, NoticeTopic.MONEY_AT_RISK, elevenAtNightInShanghai)).isEqualTo(elevenAtNightInShanghai);
        assertThat(quietAtNight.dueAt(Channel.EMAIL, NoticeTopic.APPROVAL_PENDING, sevenNextMorningInShanghai)).isEqualTo(sevenNextMorningInShanghai);
    }

    @Test
    void aStepWaitingForTheRecipientIsAnApprovalPendingAndFailuresAreMoneyAtRisk() {
        assertThat(NoticeTopic.of(NoticeKind.TRANSFER_SUBMITTED, Relation.CURRENT_APPROVER)).isEqualTo(NoticeTopic.APPROVAL_PENDING);
        assertThat(NoticeTopic.of(NoticeKind.TRANSFER_SUBMITTED, Relation.APPLICANT)).isEqualTo(NoticeTopic.TRANSFER_PROGRESS);
        assertThat(NoticeTopic.of(NoticeKind.TRANSFER_CANCELLED, Relation.CURRENT_APPROVER)).isEqualTo(NoticeTopic.TRANSFER_PROGRESS);
        assertThat(NoticeTopic.of(NoticeKind.EXECUTION_OUTCOME_UNKNOWN, Relation.APPLICANT)).isEqualTo(NoticeTopic.MONEY_AT_RISK);
    }

    @Test
    void smsIsChosenNotGivenAndWaitsOutQuietHoursUnlessMoneyIsAtRisk() {
        Preferences smsForApprovalsAndRisk = new Preferences(Map.of(NoticeTopic.APPROVAL_PENDING, Set.of(Channel.SMS),
                NoticeTopic.MONEY_AT_RISK, Set.of(Channel.SMS)),
                Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), shanghai)), Optional.empty());

        assertThat(Preferences.defaults().channelsFor(NoticeTopic.APPROVAL_PENDING)).doesNotContain(Channel.SMS);
        assertThat(smsForApprovalsAndRisk.channelsFor(NoticeTopic.APPROVAL_PENDING)).containsExactlyInAnyOrder(Channel.INBOX, Channel.SMS);
        assertThat(smsForApprovalsAndRisk.channelsFor(NoticeTopic.TRANSFER_PROGRESS)).containsExactly(Channel.INBOX);
        assertThat(smsForApprovalsAndRisk.dueAt(Channel.SMS, NoticeTopic.APPROVAL_PENDING, elevenAtNightInShanghai))
                .isEqualTo(sevenNextMorningInShanghai);
        assertThat(smsForApprovalsAndRisk.dueAt(Channel.SMS, NoticeTopic.MONEY_AT_RISK, elevenAtNightInShanghai))
                .isEqualTo(elevenAtNightInShanghai);
    }

    @Test
    void remindersAndEscalationsAreApprovalsPendingForWhoeverTheyAreTold() {
        assertThat(NoticeTopic.of(NoticeKind.APPROVAL_REMINDER, Relation.CURRENT_APPROVER)).isEqualTo(NoticeTopic.APPROVAL_PENDING);
        assertThat(NoticeTopic.of(NoticeKind.APPROVAL_ESCALATED, Relation.ESCALATION_TARGET)).isEqualTo(NoticeTopic.APPROVAL_PENDING);
    }

    @Test
    void aKindsOwnChoiceWinsOverItsTopicAndNeverLosesTheInbox() {
        Preferences chosen = new Preferences(Map.of(NoticeTopic.TRANSFER_PROGRESS, Set.of(Channel.SSE)),
                Map.of(NoticeKind.EXECUTION_CLAIMED, Set.of(), NoticeKind.EXECUTION_EXECUTED, Set.of(Channel.EMAIL)),
                Optional.empty(), Optional.of("cashier@example.com"));

        assertThat(chosen.channelsFor(NoticeKind.EXECUTION_CLAIMED, NoticeTopic.TRANSFER_PROGRESS)).containsExactly(Channel.INBOX);
        assertThat(chosen.channelsFor(NoticeKind.EXECUTION_EXECUTED, NoticeTopic.TRANSFER_PROGRESS))
                .containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL);
        assertThat(chosen.channelsFor(NoticeKind.TRANSFER_SUBMITTED, NoticeTopic.TRANSFER_PROGRESS))
                .as("a kind without a choice of its own follows its topic").containsExactlyInAnyOrder(Channel.INBOX, Channel.SSE);
        assertThat(chosen.allChosen()).containsExactlyInAnyOrder(Channel.INBOX, Channel.SSE, Channel.EMAIL);
    }

    @Test
    void byDefaultAnErrorCaseToWorkGoesLikeAnApprovalWaitingAndAResolvedOneOnlyToTheInbox() {
        Preferences withAddress = new Preferences(Preferences.defaults().channels(), Optional.empty(), Optional.of("cfo@example.com"));

        assertThat(withAddress.channelsFor(NoticeTopic.ERROR_CASE)).containsExactlyInAnyOrder(Channel.INBOX, Channel.SSE, Channel.EMAIL);
        assertThat(withAddress.channelsFor(NoticeTopic.ERROR_CASE_RESOLVED)).containsExactly(Channel.INBOX);
        assertThat(NoticeTopic.of(NoticeKind.DISCREPANCY_OPENED, Relation.ENTERPRISE_ROLE_HOLDER)).isEqualTo(NoticeTopic.ERROR_CASE);
        assertThat(NoticeTopic.of(NoticeKind.DISCREPANCY_ESCALATED, Relation.ENTERPRISE_ROLE_HOLDER)).isEqualTo(NoticeTopic.ERROR_CASE);
        assertThat(NoticeTopic.of(NoticeKind.DISCREPANCY_RESOLVED, Relation.ENTERPRISE_ROLE_HOLDER)).isEqualTo(NoticeTopic.ERROR_CASE_RESOLVED);
        assertThat(NoticeTopic.of(NoticeKind.DISCREPANCY_BANK_DEBIT_WITHOUT_TRANSFER, Relation.ENTERPRISE_ROLE_HOLDER))
                .isEqualTo(NoticeTopic.MONEY_AT_RISK);
    }

    @Test
    void topicsAddedAfterAPersonChoseFollowTheDefaultsWhileTheTopicsTheyChoseStayAsChosen() {
        Preferences keptBeforeErrorCases = new Preferences(Map.of(NoticeTopic.TRANSFER_PROGRESS, Set.of(Channel.SMS)),
                Optional.empty(), Optional.empty());

        Preferences read = keptBeforeErrorCases.withDefaultsFor(Set.of(NoticeTopic.ERROR_CASE, NoticeTopic.ERROR_CASE_RESOLVED));

        assertThat(read.channelsFor(NoticeTopic.ERROR_CASE)).containsExactlyInAnyOrder(Channel.INBOX, Channel.SSE);
        assertThat(read.channelsFor(NoticeTopic.ERROR_CASE_RESOLVED)).containsExactly(Channel.INBOX);
        assertThat(read.channelsFor(NoticeTopic.TRANSFER_PROGRESS)).containsExactlyInAnyOrder(Channel.INBOX, Channel.SMS);
        assertThat(read.channelsFor(NoticeTopic.APPROVAL_PENDING)).as("chosen as the inbox only").containsExactly(Channel.INBOX);
    }
}
