package com.fundguard.notification.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticeTextTest {

    final NoticedTransfer transfer = NoticedTransfer.submitted(UUID.randomUUID(), UUID.randomUUID(), "TR-20261123-000001",
            UUID.randomUUID(), "125000.50", "CNY", "Shanghai Steel Co.", "**********7890", List.of("AUDITOR"));

    @Test
    void everyKindHasATitleAndBodyInChineseAndEnglishNamingReferenceAmountAndMaskedPayee() {
        for (NoticeKind kind : NoticeKind.values()) {
            if (!kind.aboutATransfer()) {
                continue; // a refused upload and a rule set name no transfer: VoucherAndRuleNoticesTextTest
            }
            Notice notice = Notice.of(kind, "event-1", transfer, Optional.of("AC04"));
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                NoticeText text = NoticeText.of(notice, locale);
                assertThat(text.title()).as("%s %s", kind, locale).contains("TR-20261123-000001");
                assertThat(text.body()).as("%s %s", kind, locale)
                        .contains("125000.50 CNY", "Shanghai Steel Co.", "**********7890").doesNotContain("{");
            }
        }
    }

    @Test
    void theSubmissionReadsInTheRecipientsLanguage() {
        Notice notice = Notice.of(NoticeKind.TRANSFER_SUBMITTED, "event-1", transfer, Optional.empty());

        assertThat(NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE).title()).isEqualTo("付款申请 TR-20261123-000001 已提交");
        assertThat(NoticeText.of(notice, Locale.ENGLISH).title()).isEqualTo("Transfer TR-20261123-000001 submitted");
        assertThat(NoticeText.of(notice, Locale.GERMAN).title()).as("a language without texts reads English")
                .isEqualTo("Transfer TR-20261123-000001 submitted");
    }

    @Test
    void aRejectionGivesItsReasonAndAFailureItsCode() {
        assertThat(NoticeText.of(Notice.of(NoticeKind.TRANSFER_REJECTED, "e", transfer, Optional.of("invoice does not match")),
                Locale.ENGLISH).body()).endsWith("Reason: invoice does not match");
        assertThat(NoticeText.of(Notice.of(NoticeKind.EXECUTION_FAILED, "e", transfer, Optional.of("AC04")),
                Locale.SIMPLIFIED_CHINESE).body()).contains("原因：AC04");
    }

    @Test
    void aTransferHeardOfLateSaysWhatIsNotKnownInsteadOfPrintingNull() {
        NoticedTransfer late = NoticedTransfer.heardOfLate(UUID.randomUUID(), UUID.randomUUID(), "TR-20261123-000002", UUID.randomUUID());

        NoticeText text = NoticeText.of(Notice.of(NoticeKind.TRANSFER_AUTHORIZED, "e", late, Optional.empty()), Locale.ENGLISH);

        assertThat(text.body()).contains("TR-20261123-000002", "(not known)").doesNotContain("null");
    }
}
