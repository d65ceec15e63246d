package com.fundguard.notification.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Texts (zh-CN, en) and recipients of the voucher and rules notices. */
class VoucherAndRuleNoticesTest {

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = UUID.randomUUID();
    final UUID auditor = UUID.randomUUID();
    final UUID authorizer = UUID.randomUUID();
    final UUID admin = UUID.randomUUID();
    final UUID otherTransfer = UUID.randomUUID();
    final NoticedTransfer submitted = NoticedTransfer.submitted(enterprise, UUID.randomUUID(), "TR-20261123-000001",
            applicant, "125000.50", "CNY", "Shanghai Steel Co.", "**********7890", List.of("AUDITOR", "AUTHORIZER"));
    final Map<String, List<Person>> holders = Map.of(
            "AUDITOR", List.of(new Person(auditor, Optional.empty())),
            "AUTHORIZER", List.of(new Person(authorizer, Optional.of(Locale.ENGLISH))),
            "ENTERPRISE_ADMIN", List.of(new Person(admin, Optional.empty()), new Person(authorizer, Optional.empty())));

    @Test
    void aSuspectedReuseNamesBothTransfersByReferenceInChineseAndEnglish() {
        Notice notice = Notice.voucherReuseSuspected("e", enterprise, submitted.transferId(), Optional.of(submitted),
                "TR-20261120-000042", 3);

        NoticeText zh = NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE);
        NoticeText en = NoticeText.of(notice, Locale.ENGLISH);

        assertThat(zh.title()).isEqualTo("付款申请 TR-20261123-000001 凭证疑似重复使用");
        assertThat(zh.body()).isEqualTo("付款申请 TR-20261123-000001：125000.50 CNY，收款人 Shanghai Steel Co.（**********7890），"
                + "其凭证与付款申请 TR-20261120-000042 已使用的凭证相似（差异 3），可能重复付款。请核实两笔付款后再审批。");
        assertThat(zh.sms()).isEqualTo("【FundGuard】TR-20261123-000001（125000.50 CNY，尾号7890）凭证疑似重复使用，请核实。");
        assertThat(en.title()).isEqualTo("Transfer TR-20261123-000001: voucher possibly used twice");
        assertThat(en.body()).contains("TR-20261123-000001", "TR-20261120-000042", "125000.50 CNY", "paid twice");
        assertThat(notice.moneyAtRisk()).isTrue();
        assertThat(notice.subjectId()).isEqualTo(submitted.transferId());
    }

    @Test
    void aSuspectedReuseOfTransfersNeverHeardOfNamesThemByIdAndSaysWhatIsNotKnown() {
        UUID unknown = UUID.randomUUID();

        NoticeText text = NoticeText.of(Notice.voucherReuseSuspected("e", enterprise, unknown, Optional.empty(),
                otherTransfer.toString(), 0), Locale.SIMPLIFIED_CHINESE);

        assertThat(text.title()).isEqualTo("付款申请 " + unknown + " 凭证疑似重复使用");
        assertThat(text.body()).contains(otherTransfer.toString(), "（未知）").doesNotContain("null", "{");
    }

    @Test
    void aRefusedUploadSaysWhyInTheUploadersLanguageWithTheChecksItMissed() {
        Notice notice = Notice.voucherRejected("e", enterprise, UUID.randomUUID(), "POOR_QUALITY",
                Optional.of("sharpness below the capture profile"), List.of("sharpness 12.5 / 40"));

        NoticeText zh = NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE);
        NoticeText en = NoticeText.of(notice, Locale.ENGLISH);

        assertThat(zh.title()).isEqualTo("您上传的文件未被接受为凭证");
        assertThat(zh.body()).isEqualTo("您上传的文件未被接受为凭证：图片不够清晰（模糊、过暗或倾斜）。sharpness below the capture profile"
                + "未达标的检查（实测 / 要求）：sharpness 12.5 / 40。");
        assertThat(zh.sms()).isEqualTo("【FundGuard】您上传的文件未被接受为凭证（图片不够清晰（模糊、过暗或倾斜）），详见收件箱。");
        assertThat(en.body()).isEqualTo("The file you uploaded was not accepted as a voucher: the picture is not clear enough "
                + "(blurred, dark or skewed). sharpness below the capture profile Checks not met (measured / required): sharpness 12.5 / 40.");
    }

    @Test
    void aRefusalWithoutDetailOrShortfallsEndsAfterItsReasonAndAnUnknownReasonReadsAsItsCode() {
        NoticeText text = NoticeText.of(Notice.voucherRejected("e", enterprise, UUID.randomUUID(), "TOO_LARGE",
                Optional.empty(), List.of()), Locale.ENGLISH);
        NoticeText unknownCode = NoticeText.of(Notice.voucherRejected("e", enterprise, UUID.randomUUID(), "NEW_CHECK",
                Optional.empty(), List.of()), Locale.SIMPLIFIED_CHINESE);

        assertThat(text.body()).isEqualTo("The file you uploaded was not accepted as a voucher: the file is too large.");
        assertThat(unknownCode.body()).isEqualTo("您上传的文件未被接受为凭证：NEW_CHECK。");
    }

    @Test
    void aPublishedRuleSetIsNamedByItsVersionAndItsDeliveriesByTheRuleSet() {
        UUID ruleSet = UUID.randomUUID();
        Notice notice = Notice.ruleSetPublished("e", enterprise, ruleSet, 7);

        assertThat(NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE).title()).isEqualTo("审批规则第 7 版已发布");
        assertThat(NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE).body())
                .isEqualTo("企业的付款审批规则第 7 版已发布，此后由它决定哪些付款需要谁审批。如非预期的变更，请告知企业管理员。");
        assertThat(NoticeText.of(notice, Locale.ENGLISH).body())
                .startsWith("Version 7 of your enterprise's approval rules was published");
        assertThat(notice.subjectId()).isEqualTo(ruleSet);
        assertThat(notice.moneyAtRisk()).isFalse();
    }

    @Test
    void aSuspectedReuseTellsTheWaitingStepsApproversThenTheAuthorizersButNotTheApplicant() {
        assertThat(NoticeRecipients.rolesToAsk(NoticeKind.VOUCHER_REUSE_SUSPECTED, Optional.of(submitted)))
                .containsExactly("AUDITOR", "AUTHORIZER");

        List<Recipient> told = NoticeRecipients.ofEnterpriseEvent(NoticeKind.VOUCHER_REUSE_SUSPECTED, Optional.of(submitted),
                Optional.empty(), holders, Locale.SIMPLIFIED_CHINESE);

        assertThat(told).containsExactly(
                new Recipient(auditor, Relation.CURRENT_APPROVER, Locale.SIMPLIFIED_CHINESE),
                new Recipient(authorizer, Relation.ENTERPRISE_ROLE_HOLDER, Locale.ENGLISH));
    }

    @Test
    void aSuspectedReuseOfATransferNeverHeardOfStillTellsTheAuthorizers() {
        assertThat(NoticeRecipients.rolesToAsk(NoticeKind.VOUCHER_REUSE_SUSPECTED, Optional.empty())).containsExactly("AUTHORIZER");

        assertThat(NoticeRecipients.ofEnterpriseEvent(NoticeKind.VOUCHER_REUSE_SUSPECTED, Optional.empty(), Optional.empty(),
                holders, Locale.SIMPLIFIED_CHINESE)).extracting(Recipient::userId).containsExactly(authorizer);
    }

    @Test
    void aRefusedUploadTellsOnlyTheUploader() {
        UUID uploader = UUID.randomUUID();

        assertThat(NoticeRecipients.rolesToAsk(NoticeKind.VOUCHER_REJECTED, Optional.empty())).isEmpty();
        assertThat(NoticeRecipients.ofEnterpriseEvent(NoticeKind.VOUCHER_REJECTED, Optional.empty(), Optional.of(uploader),
                holders, Locale.SIMPLIFIED_CHINESE))
                .containsExactly(new Recipient(uploader, Relation.UPLOADER, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aPublishedRuleSetTellsTheAdminsAndAuthorizersEachOnce() {
        assertThat(NoticeRecipients.rolesToAsk(NoticeKind.RULE_SET_PUBLISHED, Optional.empty()))
                .containsExactly("AUTHORIZER", "ENTERPRISE_ADMIN");

        assertThat(NoticeRecipients.ofEnterpriseEvent(NoticeKind.RULE_SET_PUBLISHED, Optional.empty(), Optional.empty(),
                holders, Locale.SIMPLIFIED_CHINESE)).extracting(Recipient::userId).containsExactlyInAnyOrder(authorizer, admin)
                .doesNotContain(auditor, applicant);
    }
}
