package com.fundguard.reconciliation.discrepancy.application;

import com.fundguard.calendar.BusinessCalendar;
import com.fundguard.reconciliation.discrepancy.domain.Attachment;
import com.fundguard.reconciliation.discrepancy.domain.AttachmentPolicy;
import com.fundguard.reconciliation.discrepancy.domain.CaseActOutcome;
import com.fundguard.reconciliation.discrepancy.domain.CaseEvent;
import com.fundguard.reconciliation.discrepancy.domain.CaseFacts;
import com.fundguard.reconciliation.discrepancy.domain.DeadlinePolicy;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyCase;
import com.fundguard.reconciliation.discrepancy.domain.DisputeWindow;
import com.fundguard.reconciliation.discrepancy.domain.InvalidCaseException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Error cases (差错) from opening to resolution: opened once per difference (by matching, or by a person raising a
 * dispute within the window), worked with a log of queries to the bank and its replies, resolved by a proposal of one
 * person approved by another, escalated once when overdue. Every act runs in one transaction with its log line and
 * the events it publishes; a refused act changes nothing.
 */
public class DiscrepancyCases {

    private static final Logger log = LoggerFactory.getLogger(DiscrepancyCases.class);

    private final CaseRecords records;
    private final DiscrepancyEvents events;
    private final BusinessCalendars calendars;
    private final DeadlinePolicy deadlines;
    private final DisputeWindow disputeWindow;
    private final AttachmentPolicy attachmentPolicy;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DiscrepancyCases(CaseRecords records, DiscrepancyEvents events, BusinessCalendars calendars, DeadlinePolicy deadlines,
                            DisputeWindow disputeWindow, AttachmentPolicy attachmentPolicy, TransactionTemplate transactions, Clock clock) {
        this.records = records;
        this.events = events;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.disputeWindow = disputeWindow;
        this.attachmentPolicy = attachmentPolicy;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Opens a case, or returns the case already open for the same type, lines and transfers (changing nothing). A
     * new case about a transaction older than the dispute window is refused with {@link DisputeWindowClosedException}.
     */
    public UUID open(OpenDiscrepancy request) {
        return openOrFind(request).caseId();
    }

    /** The case for the request, and whether this call opened it (false: it was open already and nothing changed). */
    public record Opening(UUID caseId, boolean opened) {
    }

    /** As {@link #open}, saying whether the case is new (the API answers 201 or 200). */
    public Opening openOrFind(OpenDiscrepancy request) {
        CaseFacts facts = request.facts();
        String identity = facts.identityKey();
        Optional<UUID> existing = records.findByIdentity(facts.enterpriseId(), identity);
        if (existing.isPresent()) {
            return new Opening(existing.get(), false);
        }
        BusinessCalendar calendar = calendars.of(facts.enterpriseId());
        Instant now = now();
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        disputeWindow.refusal(facts.transactionDate(), today).ifPresent(why -> {
            throw new DisputeWindowClosedException(why);
        });
        DiscrepancyCase opened = DiscrepancyCase.open(UUID.randomUUID(), facts, now, deadlines.deadlineOf(facts.type(), now, calendar));
        UUID id = add(opened, identity, List.of(opened.opened()));
        return new Opening(id, id.equals(opened.id()));
    }

    /**
     * Records an UNKNOWN_OUTCOME_RESOLVED case: opened and resolved at once, its statement line the evidence (idempotent
     * as {@link #open}). Not subject to the dispute window: it records what the statement settled, it disputes nothing.
     */
    public UUID recordResolvedAutomatically(OpenDiscrepancy request, String resolution) {
        CaseFacts facts = request.facts();
        String identity = facts.identityKey();
        Optional<UUID> existing = records.findByIdentity(facts.enterpriseId(), identity);
        if (existing.isPresent()) {
            return existing.get();
        }
        DiscrepancyCase resolved = DiscrepancyCase.resolvedAutomatically(UUID.randomUUID(), facts, resolution, now());
        return add(resolved, identity, List.of(resolved.opened(), resolved.resolved()));
    }

    /** Whether the statement line is part of a case not yet resolved (a day with such a line is explained, not closed). */
    public boolean isInOpenCase(UUID enterpriseId, UUID statementLineId) {
        return records.isLineInOpenCase(enterpriseId, statementLineId);
    }

    public CaseEvent.Assigned assign(UUID enterpriseId, UUID caseId, UUID owner, UUID by) {
        return (CaseEvent.Assigned) act(enterpriseId, caseId, Map.of(), c -> c.assign(owner, by, now())).getFirst();
    }

    public CaseEvent.QueriedBank logQueryToBank(UUID enterpriseId, UUID caseId, UUID by, String text, List<NewAttachment> attachments) {
        Admitted admitted = admit(attachments);
        return (CaseEvent.QueriedBank) act(enterpriseId, caseId, admitted.contents(),
                c -> c.logQueryToBank(by, text, admitted.attachments(), now())).getFirst();
    }

    public CaseEvent.BankReplied logBankReply(UUID enterpriseId, UUID caseId, UUID by, String text, List<NewAttachment> attachments) {
        Admitted admitted = admit(attachments);
        return (CaseEvent.BankReplied) act(enterpriseId, caseId, admitted.contents(),
                c -> c.logBankReply(by, text, admitted.attachments(), now())).getFirst();
    }

    public CaseEvent.ResolutionProposed proposeResolution(UUID enterpriseId, UUID caseId, UUID by, String resolution, String evidence) {
        return (CaseEvent.ResolutionProposed) act(enterpriseId, caseId, Map.of(),
                c -> c.proposeResolution(by, resolution, evidence, now())).getFirst();
    }

    public CaseEvent.Resolved approveResolution(UUID enterpriseId, UUID caseId, UUID by) {
        return (CaseEvent.Resolved) act(enterpriseId, caseId, Map.of(), c -> c.approveResolution(by, now())).getFirst();
    }

    public CaseEvent.ResolutionRefused refuseResolution(UUID enterpriseId, UUID caseId, UUID by, String why) {
        return (CaseEvent.ResolutionRefused) act(enterpriseId, caseId, Map.of(), c -> c.refuseResolution(by, why, now())).getFirst();
    }

    /** Escalates up to {@code batch} overdue cases (each once); returns how many it looked at, so a full batch calls again. */
    public int escalateOverdue(int batch) {
        Integer seen = transactions.execute(status -> {
            Instant now = now();
            List<DiscrepancyCase> due = records.lockOverdue(now, batch);
            for (DiscrepancyCase c : due) {
                switch (c.escalate(now)) {
                    case CaseActOutcome.Done done -> {
                        records.update(c);
                        done.events().forEach(event -> record(c, event, Map.of()));
                        log.info("case {} of enterprise {} is overdue since {}: escalated", c.id(), c.facts().enterpriseId(), c.deadline());
                    }
                    case CaseActOutcome.Rejected rejected -> log.warn("case {} was due for escalation but: {}", c.id(), rejected.message());
                }
            }
            return due.size();
        });
        return seen == null ? 0 : seen;
    }

    public Optional<CaseWithLog> find(UUID enterpriseId, UUID caseId) {
        return records.find(enterpriseId, caseId).map(c -> new CaseWithLog(c, records.log(enterpriseId, caseId)));
    }

    public List<DiscrepancyCase> list(UUID enterpriseId, CaseFilter filter) {
        return records.list(enterpriseId, filter);
    }

    public Optional<CaseRecords.StoredAttachment> attachment(UUID enterpriseId, UUID caseId, UUID attachmentId) {
        return records.attachment(enterpriseId, caseId, attachmentId);
    }

    /** A case and its log, oldest line first. */
    public record CaseWithLog(DiscrepancyCase discrepancy, List<CaseLogEntry> log) {
    }

    private UUID add(DiscrepancyCase c, String identity, List<CaseEvent> caused) {
        Optional<UUID> added = transactions.execute(status -> {
            if (!records.add(c, identity)) {
                return Optional.<UUID>empty();
            }
            caused.forEach(event -> record(c, event, Map.of()));
            return Optional.of(c.id());
        });
        // Empty: the same case was opened at the same moment by someone else; theirs is the case.
        return added != null && added.isPresent() ? added.get()
                : records.findByIdentity(c.facts().enterpriseId(), identity).orElseThrow(() -> new IllegalStateException("case vanished"));
    }

    private List<CaseEvent> act(UUID enterpriseId, UUID caseId, Map<UUID, byte[]> contents, Function<DiscrepancyCase, CaseActOutcome> act) {
        return transactions.execute(status -> {
            DiscrepancyCase c = records.lock(enterpriseId, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
            return switch (act.apply(c)) {
                case CaseActOutcome.Rejected rejected -> throw new CaseActRefusedException(rejected);
                case CaseActOutcome.Done done -> {
                    records.update(c);
                    done.events().forEach(event -> record(c, event, contents));
                    yield done.events();
                }
            };
        });
    }

    /** Each event is a line of the case's log; those others act on are published too. */
    private void record(DiscrepancyCase c, CaseEvent event, Map<UUID, byte[]> contents) {
        UUID enterpriseId = c.facts().enterpriseId();
        CaseLogEntry entry = switch (event) {
            case CaseEvent.Opened e -> entry(e, "OPENED", Optional.empty(), c.facts().detail(), List.of());
            case CaseEvent.Assigned e -> entry(e, "ASSIGNED", Optional.of(e.by()), "assigned to " + e.owner(), List.of());
            case CaseEvent.QueriedBank e -> entry(e, "QUERIED_BANK", Optional.of(e.by()), e.text(), e.attachments());
            case CaseEvent.BankReplied e -> entry(e, "BANK_REPLIED", Optional.of(e.by()), e.text(), e.attachments());
            case CaseEvent.ResolutionProposed e -> entry(e, "RESOLUTION_PROPOSED", Optional.of(e.by()),
                    e.resolution() + "\nevidence: " + e.evidence(), List.of());
            case CaseEvent.ResolutionRefused e -> entry(e, "RESOLUTION_REFUSED", Optional.of(e.by()), e.why(), List.of());
            case CaseEvent.Resolved e -> entry(e, "RESOLVED", e.approvedBy(), e.resolution() + "\nevidence: " + e.evidence(), List.of());
            case CaseEvent.Escalated e -> entry(e, "ESCALATED", Optional.empty(), "overdue since " + e.deadline(), List.of());
        };
        records.appendLog(enterpriseId, entry);
        for (Attachment attachment : entry.attachments()) {
            records.addAttachment(enterpriseId, c.id(), entry.id(), attachment, contents.get(attachment.id()));
        }
        switch (event) {
            case CaseEvent.Opened e -> events.opened(c, e);
            case CaseEvent.Resolved e -> events.resolved(c, e);
            case CaseEvent.Escalated e -> events.escalated(c, e);
            default -> {
                // the case's own business: kept in its log
            }
        }
    }

    private static CaseLogEntry entry(CaseEvent event, String kind, Optional<UUID> by, String text, List<Attachment> attachments) {
        return new CaseLogEntry(UUID.randomUUID(), event.caseId(), kind, by, event.at(), text, attachments);
    }

    private record Admitted(List<Attachment> attachments, Map<UUID, byte[]> contents) {
    }

    /** Checks every document before anything is written: one refused document refuses the whole entry. */
    private Admitted admit(List<NewAttachment> uploads) {
        List<Attachment> attachments = new ArrayList<>();
        Map<UUID, byte[]> contents = new HashMap<>();
        for (int i = 0; i < uploads.size(); i++) {
            NewAttachment upload = uploads.get(i);
            String field = "files[" + i + "]";
            String type = attachmentPolicy.admit(field, upload.declaredType(), upload.content());
            String name = upload.fileName() == null || upload.fileName().isBlank() ? "attachment-" + (i + 1) : upload.fileName().strip();
            if (name.length() > 255) {
                throw new InvalidCaseException(field, "has a file name longer than 255 characters");
            }
            Attachment attachment = new Attachment(UUID.randomUUID(), name, type, upload.content().length, sha256(upload.content()));
            attachments.add(attachment);
            contents.put(attachment.id(), upload.content());
        }
        return new Admitted(List.copyOf(attachments), contents);
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: what is returned is what is stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
