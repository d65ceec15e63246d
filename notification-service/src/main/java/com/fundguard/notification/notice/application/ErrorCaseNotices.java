package com.fundguard.notification.notice.application;

import com.fundguard.notification.notice.domain.ErrorCase;
import com.fundguard.notification.notice.domain.ErrorCaseStanding;
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
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells of reconciliation-service's error cases (差错): opened, escalated past their deadline, resolved. Who is told
 * depends on what happened and the case's type ({@link NoticeRecipients#errorCaseRoles}); the people are the role
 * holders of the case's own enterprise, from identity-service's directory. Keeps what a later resolution needs to name
 * the case. Runs inside the event inbox's transaction, as {@link TransferNotices} does.
 */
public class ErrorCaseNotices {

    private static final Logger log = LoggerFactory.getLogger(ErrorCaseNotices.class);

    private final NoticedErrorCases cases;
    private final NoticedTransfers transfers;
    private final PeopleDirectory directory;
    private final EnterpriseLocales locales;
    private final NoticeChannel channel;

    public ErrorCaseNotices(NoticedErrorCases cases, NoticedTransfers transfers, PeopleDirectory directory,
                            EnterpriseLocales locales, NoticeChannel channel) {
        this.cases = cases;
        this.transfers = transfers;
        this.directory = directory;
        this.locales = locales;
        this.channel = channel;
    }

    /**
     * A case was opened. A bank debit no approved transfer explains is money at risk (its own kind); the transfers a
     * case concerns are named by their reference where this service kept them.
     */
    public List<Recipient> opened(String eventId, ErrorCase opened, List<UUID> transferIds) {
        ErrorCase errorCase = kept(opened);
        cases.save(errorCase);
        List<String> named = transferIds.stream()
                .map(id -> transfers.find(errorCase.enterpriseId(), id).map(NoticedTransfer::reference).orElse(id.toString()))
                .toList();
        return tell(NoticeKind.ofOpenedErrorCase(errorCase.type()), eventId, errorCase, named, Optional.empty());
    }

    /** A case passed its deadline unresolved; how it stands tells the reader what it waits for. */
    public List<Recipient> escalated(String eventId, ErrorCase escalated, ErrorCaseStanding standing) {
        ErrorCase errorCase = kept(escalated);
        cases.save(errorCase);
        return tell(NoticeKind.DISCREPANCY_ESCALATED, eventId, errorCase, List.of(), Optional.of(standing.name()));
    }

    /** A case was resolved; what the resolution leaves out (the transaction date, or more) is named from what was kept. */
    public List<Recipient> resolved(String eventId, ErrorCase resolved, String resolution) {
        return tell(NoticeKind.DISCREPANCY_RESOLVED, eventId, kept(resolved), List.of(), Optional.of(resolution));
    }

    private ErrorCase kept(ErrorCase told) {
        return cases.find(told.enterpriseId(), told.caseId()).map(told::completedBy).orElse(told);
    }

    private List<Recipient> tell(NoticeKind kind, String eventId, ErrorCase errorCase, List<String> transfersNamed,
                                 Optional<String> detail) {
        Map<String, List<Person>> holders = new LinkedHashMap<>();
        for (String role : new TreeSet<>(NoticeRecipients.errorCaseRoles(kind, errorCase.type()))) {
            holders.put(role, directory.holdersOf(errorCase.enterpriseId(), role));
        }
        List<Recipient> recipients = NoticeRecipients.ofErrorCase(kind, errorCase.type(), holders,
                locales.of(errorCase.enterpriseId()));
        if (holders.isEmpty()) {
            log.info("{} of case {} of enterprise {}: a case of type {} tells nobody", kind.eventType(), errorCase.caseId(),
                    errorCase.enterpriseId(), errorCase.type());
        } else if (recipients.isEmpty()) {
            log.warn("{} of case {} ({}) of enterprise {}: nobody holds the roles {} to be told", kind.eventType(),
                    errorCase.caseId(), errorCase.type(), errorCase.enterpriseId(), holders.keySet());
        }
        Notice notice = Notice.errorCase(kind, eventId, errorCase, transfersNamed, detail);
        for (Recipient recipient : recipients) {
            channel.tell(notice, recipient, NoticeText.of(notice, recipient.locale()));
        }
        return recipients;
    }
}
