package com.fundguard.notification.notice.application;

import com.fundguard.notification.notice.domain.Notice;
import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.notification.notice.domain.NoticeRecipients;
import com.fundguard.notification.notice.domain.NoticeText;
import com.fundguard.notification.notice.domain.NoticedTransfer;
import com.fundguard.notification.notice.domain.Person;
import com.fundguard.notification.notice.domain.Recipient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells of voucher-capture-service's and rules-service's events: a voucher that may pay twice, an upload refused as a
 * voucher, a new version of the approval rules. Reads the transfers this service keeps but changes none of them (a
 * voucher event moves no approval step). Runs inside the event inbox's transaction, as {@link TransferNotices} does.
 */
public class VoucherAndRuleNotices {

    private final NoticedTransfers transfers;
    private final PeopleDirectory directory;
    private final EnterpriseLocales locales;
    private final NoticeChannel channel;

    public VoucherAndRuleNotices(NoticedTransfers transfers, PeopleDirectory directory, EnterpriseLocales locales,
                                 NoticeChannel channel) {
        this.transfers = transfers;
        this.directory = directory;
        this.locales = locales;
        this.channel = channel;
    }

    /**
     * Money at risk: the approvers of the transfer's waiting step and the enterprise's AUTHORIZERs. A transfer this
     * service never heard of is named by its id and its AUTHORIZERs are still told.
     */
    public List<Recipient> voucherReuseSuspected(String eventId, UUID enterpriseId, UUID transferId, UUID otherTransferId,
                                                 int distance) {
        Optional<NoticedTransfer> transfer = transfers.find(enterpriseId, transferId);
        String otherReference = transfers.find(enterpriseId, otherTransferId).map(NoticedTransfer::reference)
                .orElse(otherTransferId.toString());
        Notice notice = Notice.voucherReuseSuspected(eventId, enterpriseId, transferId, transfer, otherReference, distance);
        return tell(notice, transfer, Optional.empty());
    }

    /** Only the uploader is told: nobody else saw the upload, and only they can try again. */
    public List<Recipient> voucherRejected(String eventId, UUID enterpriseId, UUID refusalId, UUID uploadedBy, String reason,
                                           Optional<String> detail, List<String> shortfalls) {
        Notice notice = Notice.voucherRejected(eventId, enterpriseId, refusalId, reason, detail, shortfalls);
        return tell(notice, Optional.empty(), Optional.of(uploadedBy));
    }

    /** The enterprise's ENTERPRISE_ADMINs and AUTHORIZERs, the publisher among them (see NoticeRecipients#enterpriseRoles). */
    public List<Recipient> ruleSetPublished(String eventId, UUID enterpriseId, UUID ruleSetId, int version) {
        return tell(Notice.ruleSetPublished(eventId, enterpriseId, ruleSetId, version), Optional.empty(), Optional.empty());
    }

    private List<Recipient> tell(Notice notice, Optional<NoticedTransfer> transfer, Optional<UUID> uploader) {
        NoticeKind kind = notice.kind();
        Map<String, List<Person>> holders = new LinkedHashMap<>();
        for (String role : NoticeRecipients.rolesToAsk(kind, transfer)) {
            holders.put(role, directory.holdersOf(notice.enterpriseId(), role));
        }
        List<Recipient> recipients = NoticeRecipients.ofEnterpriseEvent(kind, transfer, uploader, holders,
                locales.of(notice.enterpriseId()));
        for (Recipient recipient : recipients) {
            channel.tell(notice, recipient, NoticeText.of(notice, recipient.locale()));
        }
        return recipients;
    }
}
