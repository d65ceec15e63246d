package com.fundguard.notification.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.notification.delivery.domain.NoticeTopic;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Texts (zh-CN, en), topics and recipients of reconciliation's error cases (差错) and of a returned transfer. */
class ErrorCaseNoticesTest {

    final UUID enterprise = UUID.randomUUID();
    final UUID caseId = UUID.fromString("6f1c2a4e-0b7d-4c55-9a51-3e2f4d8b9c10");
    final UUID auditor = UUID.randomUUID();
    final UUID authorizer = UUID.randomUUID();
    final UUID authorizerWhoAudits = UUID.randomUUID();
    final Map<String, List<Person>> holders = Map.of(
            "AUDITOR", List.of(new Person(auditor, Optional.empty()), new Person(authorizerWhoAudits, Optional.empty())),
            "AUTHORIZER", List.of(new Person(authorizer, Optional.of(Locale.ENGLISH)),
                    new Person(authorizerWhoAudits, Optional.empty())));

    ErrorCase errorCase(String type) {
        return new ErrorCase(enterprise, caseId, type, Optional.of("6222021001116245702"), Optional.of("48000.00"),
                Optional.of("CNY"), Optional.of(LocalDate.of(2026, 11, 23)), Optional.of(LocalDateTime.of(2026, 11, 24, 12, 0)));
    }

    Notice opened(String type, List<String> transfers) {
        return Notice.errorCase(NoticeKind.ofOpenedErrorCase(type), "e", errorCase(type), transfers, Optional.empty());
    }

    @Test
    void aBankDebitWithoutTransferAlertsInChineseNamingTheMaskedAccountAmountDateAndThatNoApprovedTransferExplainsIt() {
        NoticeText zh = NoticeText.of(opened("BANK_DEBIT_WITHOUT_TRANSFER", List.of()), Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.title()).isEqualTo("警报：账户尾号5702被扣款 48000.00 CNY，无已审批付款对应");
        assertThat(zh.body()).isEqualTo("银行对账单显示账户 ***************5702 于 2026-11-23 被扣款 48000.00 CNY，平台上没有任何"
                + "已审批的付款与之对应，可能是绕过平台的付款。请立即与银行及掌握该账户网银的人员核实。差错编号 "
                + "6f1c2a4e-0b7d-4c55-9a51-3e2f4d8b9c10，处理期限 2026-11-24 12:00。");
        assertThat(zh.sms()).isEqualTo("【FundGuard】警报：账户尾号5702于2026-11-23被扣款48000.00 CNY，无已审批付款对应，请立即核实。")
                .hasSizeLessThanOrEqualTo(70);
    }

    @Test
    void aBankDebitWithoutTransferAlertsInEnglishTooAndNeverCarriesTheFullAccountNumber() {
        NoticeText en = NoticeText.of(opened("BANK_DEBIT_WITHOUT_TRANSFER", List.of()), Locale.ENGLISH);

        assertThat(en.title()).isEqualTo("ALERT: 48000.00 CNY debited from account ending 5702 without an approved transfer");
        assertThat(en.body()).isEqualTo("The bank statement shows a debit of 48000.00 CNY from account ***************5702 on "
                + "2026-11-23 that no approved transfer explains: it may be a payment made around FundGuard. Check it at once "
                + "with the bank and with whoever holds the account's online banking. Error case "
                + "6f1c2a4e-0b7d-4c55-9a51-3e2f4d8b9c10, to be resolved by 2026-11-24 12:00.");
        assertThat(en.sms()).isEqualTo("FundGuard ALERT: 48000.00 CNY debited from account ending 5702 on 2026-11-23; "
                + "no approved transfer explains it. Check at once.");
        for (NoticeText text : List.of(en, NoticeText.of(opened("BANK_DEBIT_WITHOUT_TRANSFER", List.of()), Locale.SIMPLIFIED_CHINESE))) {
            assertThat(text.title() + text.body() + text.sms()).doesNotContain("6222021001116245702");
        }
    }

    @Test
    void aBankDebitWithoutTransferIsMoneyAtRiskOfItsOwnKindAndTellsTheAuthorizersOnly() {
        Notice notice = opened("BANK_DEBIT_WITHOUT_TRANSFER", List.of());

        assertThat(notice.kind()).isEqualTo(NoticeKind.DISCREPANCY_BANK_DEBIT_WITHOUT_TRANSFER);
        assertThat(notice.kind().templateKey()).as("its own preferences key").isEqualTo("reconciliation.bank-debit-without-transfer");
        assertThat(notice.moneyAtRisk()).isTrue();
        assertThat(NoticeTopic.of(notice.kind(), Relation.ENTERPRISE_ROLE_HOLDER)).isEqualTo(NoticeTopic.MONEY_AT_RISK);
        assertThat(notice.subjectId()).isEqualTo(caseId);
        assertThat(NoticeRecipients.ofErrorCase(notice.kind(), "BANK_DEBIT_WITHOUT_TRANSFER", holders, Locale.SIMPLIFIED_CHINESE))
                .containsExactly(new Recipient(authorizer, Relation.ENTERPRISE_ROLE_HOLDER, Locale.ENGLISH),
                        new Recipient(authorizerWhoAudits, Relation.ENTERPRISE_ROLE_HOLDER, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void eachOtherTypeTellsTheRolesThatWorkIt() {
        assertThat(told(NoticeKind.DISCREPANCY_OPENED, "DUPLICATE_DEBIT")).containsExactly(auditor, authorizerWhoAudits, authorizer);
        assertThat(told(NoticeKind.DISCREPANCY_OPENED, "AMOUNT_MISMATCH")).containsExactly(auditor, authorizerWhoAudits, authorizer);
        assertThat(told(NoticeKind.DISCREPANCY_OPENED, "RETURNED_PAYMENT")).containsExactly(auditor, authorizerWhoAudits, authorizer);
        assertThat(told(NoticeKind.DISCREPANCY_OPENED, "TRANSFER_WITHOUT_BANK_DEBIT")).containsExactly(auditor, authorizerWhoAudits);
        assertThat(told(NoticeKind.DISCREPANCY_OPENED, "FEE")).containsExactly(auditor, authorizerWhoAudits);
        assertThat(told(NoticeKind.DISCREPANCY_OPENED, "UNKNOWN_OUTCOME_RESOLVED")).as("settled automatically").isEmpty();
        assertThat(told(NoticeKind.DISCREPANCY_OPENED, "A_TYPE_ADDED_LATER")).as("rather both than nobody")
                .containsExactly(auditor, authorizerWhoAudits, authorizer);
        assertThat(told(NoticeKind.DISCREPANCY_ESCALATED, "FEE")).containsExactly(authorizer, authorizerWhoAudits);
        assertThat(told(NoticeKind.DISCREPANCY_RESOLVED, "BANK_DEBIT_WITHOUT_TRANSFER")).containsExactly(auditor, authorizerWhoAudits);
        assertThat(told(NoticeKind.DISCREPANCY_RESOLVED, "UNKNOWN_OUTCOME_RESOLVED")).isEmpty();
    }

    List<UUID> told(NoticeKind kind, String type) {
        return NoticeRecipients.ofErrorCase(kind, type, holders, Locale.SIMPLIFIED_CHINESE).stream().map(Recipient::userId).toList();
    }

    @Test
    void anOpenedCaseNamesItsTypeAsAPhraseAndTheTransfersItConcernsInBothLanguages() {
        Notice notice = opened("DUPLICATE_DEBIT", List.of("TR-20261123-000900", "TR-20261123-000901"));

        NoticeText zh = NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE);
        NoticeText en = NoticeText.of(notice, Locale.ENGLISH);

        assertThat(notice.moneyAtRisk()).isFalse();
        assertThat(NoticeTopic.of(notice.kind(), Relation.ENTERPRISE_ROLE_HOLDER)).isEqualTo(NoticeTopic.ERROR_CASE);
        assertThat(zh.title()).isEqualTo("账户尾号5702差错：银行重复扣款");
        assertThat(zh.body()).isEqualTo("对账发现账户 ***************5702 的银行重复扣款：48000.00 CNY，交易日期 2026-11-23。"
                + "已立差错 6f1c2a4e-0b7d-4c55-9a51-3e2f4d8b9c10，处理期限 2026-11-24 12:00。"
                + "涉及付款：TR-20261123-000900, TR-20261123-000901。");
        assertThat(zh.sms()).isEqualTo("【FundGuard】账户尾号5702差错：48000.00 CNY，处理期限2026-11-24 12:00，详见收件箱。");
        assertThat(en.title()).isEqualTo("Error case on account ending 5702: a payment the bank debited twice");
        assertThat(en.body()).isEqualTo("Reconciliation found a payment the bank debited twice on account ***************5702: "
                + "48000.00 CNY on 2026-11-23. Error case 6f1c2a4e-0b7d-4c55-9a51-3e2f4d8b9c10 was opened; it is to be resolved "
                + "by 2026-11-24 12:00. Transfers concerned: TR-20261123-000900, TR-20261123-000901.");
        assertThat(NoticeText.of(opened("FEE", List.of()), Locale.ENGLISH).body()).as("no transfers, no sentence about them")
                .endsWith("to be resolved by 2026-11-24 12:00.");
    }

    @Test
    void everyTypeReadsAsAPhraseInBothLanguagesAndATypeAddedLaterReadsAsItsCode() {
        for (ErrorCaseType type : ErrorCaseType.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(NoticeText.of(opened(type.name(), List.of()), locale).body()).as("%s %s", type, locale)
                        .doesNotContain(type.name(), "{", "null");
            }
        }
        assertThat(NoticeText.of(opened("A_TYPE_ADDED_LATER", List.of()), Locale.ENGLISH).title()).endsWith(": A_TYPE_ADDED_LATER");
    }

    @Test
    void anEscalationSaysTheDeadlinePassedIsEscalatedToTheReaderAndWhatTheCaseWaitsFor() {
        Notice notice = Notice.errorCase(NoticeKind.DISCREPANCY_ESCALATED, "e", errorCase("AMOUNT_MISMATCH"), List.of(),
                Optional.of(ErrorCaseStanding.NOBODY_TOOK_IT.name()));

        assertThat(NoticeTopic.of(notice.kind(), Relation.ENTERPRISE_ROLE_HOLDER)).isEqualTo(NoticeTopic.ERROR_CASE);
        assertThat(NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE).body()).isEqualTo("账户 ***************5702 的差错 "
                + "6f1c2a4e-0b7d-4c55-9a51-3e2f4d8b9c10（银行扣款金额与审批付款金额不符，48000.00 CNY）未在处理期限 2026-11-24 12:00 前解决，"
                + "现升级给您。尚无人认领该差错。");
        assertThat(NoticeText.of(notice, Locale.ENGLISH).body()).isEqualTo("Error case 6f1c2a4e-0b7d-4c55-9a51-3e2f4d8b9c10 "
                + "on account ***************5702 (a bank debit of another amount than the transfer approved, 48000.00 CNY) was "
                + "not resolved by its deadline 2026-11-24 12:00 and is escalated to you. Nobody has taken the case.");
        assertThat(NoticeText.of(Notice.errorCase(NoticeKind.DISCREPANCY_ESCALATED, "e", errorCase("FEE"), List.of(),
                Optional.of(ErrorCaseStanding.RESOLUTION_PROPOSED.name())), Locale.ENGLISH).body())
                .endsWith("escalated to you. A resolution is proposed and waits for a second person's approval.");
        assertThat(NoticeText.of(Notice.errorCase(NoticeKind.DISCREPANCY_ESCALATED, "e", errorCase("FEE"), List.of(),
                Optional.of(ErrorCaseStanding.TAKEN.name())), Locale.SIMPLIFIED_CHINESE).body()).endsWith("现升级给您。负责人尚未处理完毕。");
        assertThat(NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE).sms()).isEqualTo(
                "【FundGuard】账户尾号5702差错（48000.00 CNY）已超处理期限2026-11-24 12:00，已升级给您。").hasSizeLessThanOrEqualTo(70);
    }

    @Test
    void aResolutionIsForTheRecordAndNamesTheCaseByWhatWasKeptOfIt() {
        ErrorCase resolved = ErrorCase.named(enterprise, caseId, "FEE").completedBy(errorCase("FEE"));
        Notice notice = Notice.errorCase(NoticeKind.DISCREPANCY_RESOLVED, "e", resolved, List.of(), Optional.of("WRITTEN_OFF_AS_FEE"));

        assertThat(NoticeTopic.of(notice.kind(), Relation.ENTERPRISE_ROLE_HOLDER)).isEqualTo(NoticeTopic.ERROR_CASE_RESOLVED);
        assertThat(NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE).title()).isEqualTo("账户尾号5702差错已解决：48000.00 CNY");
        assertThat(NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE).body()).isEqualTo("账户 ***************5702 的差错 "
                + "6f1c2a4e-0b7d-4c55-9a51-3e2f4d8b9c10（银行手续费，48000.00 CNY，交易日期 2026-11-23）已解决：WRITTEN_OFF_AS_FEE。");
        assertThat(NoticeText.of(notice, Locale.ENGLISH).body()).isEqualTo("Error case 6f1c2a4e-0b7d-4c55-9a51-3e2f4d8b9c10 on "
                + "account ***************5702 (a bank fee, 48000.00 CNY on 2026-11-23) was resolved: WRITTEN_OFF_AS_FEE.");
    }

    @Test
    void aResolutionOfACaseNeverHeardOpenedSaysWhatIsNotKnownInsteadOfPrintingNullOrEmptiness() {
        Notice notice = Notice.errorCase(NoticeKind.DISCREPANCY_RESOLVED, "e", ErrorCase.named(enterprise, caseId, "FEE"),
                List.of(), Optional.empty());

        NoticeText zh = NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.title()).isEqualTo("账户尾号（未知）差错已解决：（未知）");
        assertThat(zh.body()).contains("（未知）", "银行手续费", caseId.toString()).doesNotContain("null", "{");
    }

    @Test
    void aKeptAccountIsMaskedAndMaskingAgainChangesNothing() {
        assertThat(ErrorCase.mask("6222021001116245702")).isEqualTo("***************5702");
        assertThat(ErrorCase.mask("***************5702")).isEqualTo("***************5702");
        assertThat(ErrorCase.mask("123")).isEqualTo("123");
        assertThat(errorCase("FEE").maskedAccount()).contains("***************5702");
        assertThatThrownBy(() -> ErrorCase.named(enterprise, caseId, "FEE").completedBy(ErrorCase.named(enterprise, UUID.randomUUID(), "FEE")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReturnedTransferTellsItsApplicantAndDecidersThatTheMoneyCameBackInBothLanguages() {
        NoticedTransfer transfer = NoticedTransfer.submitted(enterprise, UUID.randomUUID(), "TR-20261123-000900", UUID.randomUUID(),
                "125000.50", "CNY", "Shanghai Steel Co.", "**********7890", List.of("AUDITOR"));
        Notice notice = Notice.of(NoticeKind.RECONCILIATION_TRANSFER_RETURNED, "e", transfer, Optional.empty());

        assertThat(NoticeKind.RECONCILIATION_TRANSFER_RETURNED.told()).containsExactlyInAnyOrder(Relation.APPLICANT, Relation.DECIDER);
        assertThat(NoticeText.of(notice, Locale.SIMPLIFIED_CHINESE).body()).isEqualTo("付款 TR-20261123-000900：125000.50 CNY，"
                + "收款人 Shanghai Steel Co.（**********7890），已被银行退回，资金已回到付款账户，收款人未收到款项。");
        assertThat(NoticeText.of(notice, Locale.ENGLISH).body()).isEqualTo("The bank returned transfer TR-20261123-000900 of "
                + "125000.50 CNY to Shanghai Steel Co. (**********7890): the money came back to the paying account and the payee was not paid.");
        assertThat(NoticeTopic.of(NoticeKind.RECONCILIATION_TRANSFER_RETURNED, Relation.APPLICANT)).isEqualTo(NoticeTopic.TRANSFER_PROGRESS);
    }

    @Test
    void onlyErrorCaseKindsMakeErrorCaseNotices() {
        assertThatThrownBy(() -> Notice.errorCase(NoticeKind.EXECUTION_FAILED, "e", errorCase("FEE"), List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeRecipients.errorCaseRoles(NoticeKind.EXECUTION_FAILED, "FEE"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
