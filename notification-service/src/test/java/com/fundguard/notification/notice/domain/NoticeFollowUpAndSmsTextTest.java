package com.fundguard.notification.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The texts of reminders and escalations, and the short SMS text every kind has. */
class NoticeFollowUpAndSmsTextTest {

    /** A typical transfer: a reference as approval-service makes them, a six-figure amount, a masked account. */
    final NoticedTransfer transfer = NoticedTransfer.submitted(UUID.randomUUID(), UUID.randomUUID(), "TR-20261123-000001",
            UUID.randomUUID(), "125000.50", "CNY", "上海钢铁贸易有限公司", "**********7890", List.of("AUDITOR", "AUTHORIZER"));
    final Duration overAWeekend = Duration.ofDays(3).plusHours(19);

    @Test
    void aReminderNamesReferenceAmountMaskedPayeeAndHowLongItHasWaitedInBothLanguages() {
        Notice reminder = Notice.followUp(NoticeKind.APPROVAL_REMINDER, "approval-reminder/t/0", transfer, overAWeekend);

        NoticeText chinese = NoticeText.of(reminder, Locale.SIMPLIFIED_CHINESE);
        NoticeText english = NoticeText.of(reminder, Locale.ENGLISH);

        assertThat(chinese.title()).isEqualTo("催办：付款申请 TR-20261123-000001 待您审批");
        assertThat(chinese.body()).contains("125000.50 CNY", "上海钢铁贸易有限公司", "**********7890", "已等待您审批 3天19小时");
        assertThat(english.body()).contains("125000.50 CNY", "**********7890", "has waited 3 days 19 hours for your approval");
    }

    @Test
    void anEscalationSaysTheApproversWereRemindedAndWhyTheReaderIsTold() {
        Notice escalation = Notice.followUp(NoticeKind.APPROVAL_ESCALATED, "approval-escalated/t/0", transfer, Duration.ofHours(6));

        assertThat(NoticeText.of(escalation, Locale.SIMPLIFIED_CHINESE).body()).contains("已等待审批 6小时", "已催办审批人", "企业管理员");
        assertThat(NoticeText.of(escalation, Locale.ENGLISH).body()).contains("has waited 6 hours", "were reminded", "enterprise admin");
    }

    @Test
    void theWaitReadsInDaysAndHoursOrHoursAndMinutesOrMinutes() {
        assertThat(waited(Duration.ofDays(1), Locale.ENGLISH)).isEqualTo("1 day");
        assertThat(waited(Duration.ofHours(5).plusMinutes(1), Locale.ENGLISH)).isEqualTo("5 hours 1 minute");
        assertThat(waited(Duration.ofSeconds(30), Locale.ENGLISH)).isEqualTo("less than a minute");
        assertThat(waited(Duration.ofDays(2).plusMinutes(59), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2天");
        assertThat(waited(Duration.ofMinutes(45), Locale.SIMPLIFIED_CHINESE)).isEqualTo("45分钟");
    }

    @Test
    void everyChineseSmsOfATypicalTransferFitsOneMessageOfSeventyCharactersAndNamesReferenceAmountAndTheAccountsLastFour() {
        for (NoticeKind kind : NoticeKind.values()) {
            if (!kind.aboutATransfer()) {
                continue; // a refused upload and a rule set name no transfer: VoucherAndRuleNoticesTextTest
            }
            Notice notice = kind.followsUpAWaitingApproval()
                    ? Notice.followUp(kind, "follow-up", transfer, overAWeekend)
                    : Notice.of(kind, "event-1", transfer, Optional.of("AC04"));
            String sms = NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE).sms();

            assertThat(sms.length()).as("%s: %s", kind, sms).isLessThanOrEqualTo(70);
            assertThat(sms).as(kind.name()).startsWith("【FundGuard】").contains("TR-20261123-000001", "125000.50 CNY", "尾号7890")
                    .doesNotContain("**********7890").doesNotContain("{");
            assertThat(NoticeText.of(notice, Locale.ENGLISH).sms()).as(kind.name())
                    .contains("TR-20261123-000001", "125000.50 CNY", "ending 7890").doesNotContain("{");
        }
    }

    @Test
    void onlyTheFollowUpsAreToldWithoutAnEventAndNoHandlerIsMadeForThem() {
        assertThat(NoticeKind.consumed()).doesNotContain(NoticeKind.APPROVAL_REMINDER, NoticeKind.APPROVAL_ESCALATED)
                .hasSize(NoticeKind.values().length - 2);
        assertThatThrownBy(NoticeKind.APPROVAL_REMINDER::eventType).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Notice.followUp(NoticeKind.TRANSFER_SUBMITTED, "x", transfer, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String waited(Duration duration, Locale locale) {
        return NoticeText.waited(duration, java.util.ResourceBundle.getBundle("notices", locale,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }
}
