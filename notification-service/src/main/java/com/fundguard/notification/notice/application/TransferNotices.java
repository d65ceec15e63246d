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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the platform's transfer and execution events into notices, keeps what later events need (route, step,
 * deciders), and tells every recipient once on the channel. Runs inside the event inbox's transaction, so the kept
 * transfer, the messages and the "event applied" mark commit together.
 */
public class TransferNotices {

    private static final Logger log = LoggerFactory.getLogger(TransferNotices.class);

    private final NoticedTransfers transfers;
    private final PeopleDirectory directory;
    private final EnterpriseLocales locales;
    private final NoticeChannel channel;

    public TransferNotices(NoticedTransfers transfers, PeopleDirectory directory, EnterpriseLocales locales,
                           NoticeChannel channel) {
        this.transfers = transfers;
        this.directory = directory;
        this.locales = locales;
        this.channel = channel;
    }

    public List<Recipient> submitted(String eventId, NoticedTransfer transfer) {
        transfers.save(transfer);
        return tell(NoticeKind.TRANSFER_SUBMITTED, eventId, transfer, transfer, Optional.empty());
    }

    /**
     * A decision or end after submission.
     *
     * @param approvedStep the index of the step approved (audited: 0), when the event approves one
     * @param deciders     who decided, as the event names them (approvers, the rejecter, the one who cancelled)
     */
    public List<Recipient> progressed(NoticeKind kind, String eventId, UUID enterpriseId, UUID transferId, String reference,
                                      UUID applicantId, Optional<Integer> approvedStep, List<UUID> deciders,
                                      Optional<String> reason) {
        NoticedTransfer before = transfers.find(enterpriseId, transferId)
                .orElseGet(() -> NoticedTransfer.heardOfLate(enterpriseId, transferId, reference, applicantId));
        NoticedTransfer after = approvedStep.map(before::stepApproved).orElseGet(before::closed);
        for (UUID decider : deciders) {
            after = after.decidedBy(decider);
        }
        transfers.save(after);
        return tell(kind, eventId, before, after, reason);
    }

    /**
     * A report of the bank side: execution, or the statement that booked the payment (settled) or shows it returned.
     * It names no applicant: a transfer never heard of tells nobody, and says so.
     */
    public List<Recipient> executionReported(NoticeKind kind, String eventId, UUID enterpriseId, UUID transferId,
                                             Optional<String> reason) {
        Optional<NoticedTransfer> transfer = transfers.find(enterpriseId, transferId);
        if (transfer.isEmpty()) {
            log.warn("{} for transfer {} of enterprise {}: this service never heard of the transfer, so nobody is told",
                    kind.eventType(), transferId, enterpriseId);
            return List.of();
        }
        return tell(kind, eventId, transfer.get(), transfer.get(), reason);
    }

    private List<Recipient> tell(NoticeKind kind, String eventId, NoticedTransfer before, NoticedTransfer after,
                                 Optional<String> reason) {
        Map<String, List<Person>> holders = new LinkedHashMap<>();
        for (String role : NoticeRecipients.rolesToAsk(kind, before, after)) {
            holders.put(role, directory.holdersOf(after.enterpriseId(), role));
        }
        Notice notice = Notice.of(kind, eventId, after, reason);
        List<Recipient> recipients = NoticeRecipients.of(kind, before, after, holders, locales.of(after.enterpriseId()));
        for (Recipient recipient : recipients) {
            channel.tell(notice, recipient, NoticeText.of(notice, recipient.locale()));
        }
        return recipients;
    }
}
