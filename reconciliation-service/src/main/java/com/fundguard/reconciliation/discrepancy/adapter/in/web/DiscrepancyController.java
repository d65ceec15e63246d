package com.fundguard.reconciliation.discrepancy.adapter.in.web;

import com.fundguard.reconciliation.discrepancy.application.CaseActRefusedException;
import com.fundguard.reconciliation.discrepancy.application.CaseFilter;
import com.fundguard.reconciliation.discrepancy.application.CaseLogEntry;
import com.fundguard.reconciliation.discrepancy.application.CaseNotFoundException;
import com.fundguard.reconciliation.discrepancy.application.DiscrepancyCases;
import com.fundguard.reconciliation.discrepancy.application.DisputeWindowClosedException;
import com.fundguard.reconciliation.discrepancy.application.NewAttachment;
import com.fundguard.reconciliation.discrepancy.application.OpenDiscrepancy;
import com.fundguard.reconciliation.discrepancy.domain.Attachment;
import com.fundguard.reconciliation.discrepancy.domain.AttachmentPolicy;
import com.fundguard.reconciliation.discrepancy.domain.CaseState;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyCase;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.discrepancy.domain.InvalidCaseException;
import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An enterprise's error cases. Working them (reading, raising, assigning, logging queries and replies, proposing,
 * approving, refusing) is for its AUDITORs (accounting supervisors) and AUTHORIZERs; the person acting is the token's
 * subject, never a value in the request; approving or refusing is never for the proposer.
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/discrepancies")
class DiscrepancyController {

    private static final List<String> WORKERS = List.of("AUDITOR", "AUTHORIZER");

    private final DiscrepancyCases cases;
    private final Clock clock;

    DiscrepancyController(DiscrepancyCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    record OpenRequest(@NotNull DiscrepancyType type, @NotBlank @Size(max = 64) String account,
                       @NotBlank @Size(min = 3, max = 3) String currency, @NotNull BigDecimal amount, List<UUID> statementLineIds,
                       List<UUID> transferIds, @NotNull LocalDate transactionDate, @Size(max = 4000) String detail) {
    }

    record OwnerRequest(@NotNull UUID owner) {
    }

    record ProposalRequest(@NotBlank @Size(max = 4000) String resolution, @NotBlank @Size(max = 4000) String evidence) {
    }

    record RefusalRequest(@NotBlank @Size(max = 4000) String why) {
    }

    @GetMapping
    ResponseEntity<?> list(@PathVariable UUID enterpriseId, @RequestParam(required = false) Boolean open,
                           @RequestParam(required = false) String state, @RequestParam(required = false) String type,
                           @RequestParam(required = false) Integer minAgeDays, @AuthenticationPrincipal Jwt token) {
        worker(token, enterpriseId);
        Optional<CaseState> inState;
        Optional<DiscrepancyType> ofType;
        try {
            inState = Optional.ofNullable(state).map(CaseState::valueOf);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("state", "must be one of " + List.of(CaseState.values())));
        }
        try {
            ofType = Optional.ofNullable(type).map(DiscrepancyType::valueOf);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("type", "must be one of " + List.of(DiscrepancyType.values())));
        }
        if (minAgeDays != null && minAgeDays < 0) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("minAgeDays", "must not be negative"));
        }
        Instant now = clock.instant();
        var filter = new CaseFilter(Boolean.TRUE.equals(open), inState, ofType,
                Optional.ofNullable(minAgeDays).map(days -> now.minus(Duration.ofDays(days))), 200);
        return ResponseEntity.ok(cases.list(enterpriseId, filter).stream().map(c -> CaseView.of(c, List.of(), now)).toList());
    }

    @PostMapping
    ResponseEntity<?> open(@PathVariable UUID enterpriseId, @Valid @RequestBody OpenRequest request, @AuthenticationPrincipal Jwt token) {
        worker(token, enterpriseId);
        Currency currency;
        try {
            currency = Currency.getInstance(request.currency());
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("currency", "is not an ISO 4217 currency code"));
        }
        var opening = cases.openOrFind(new OpenDiscrepancy(enterpriseId, request.type(), request.account(), currency, request.amount(),
                request.statementLineIds(), request.transferIds(), request.transactionDate(), request.detail()));
        URI location = URI.create("/api/enterprises/" + enterpriseId + "/discrepancies/" + opening.caseId());
        CaseView view = view(enterpriseId, opening.caseId());
        return opening.opened() ? ResponseEntity.created(location).body(view) : ResponseEntity.ok().location(location).body(view);
    }

    @GetMapping("/{caseId}")
    CaseView one(@PathVariable UUID enterpriseId, @PathVariable UUID caseId, @AuthenticationPrincipal Jwt token) {
        worker(token, enterpriseId);
        return view(enterpriseId, caseId);
    }

    @GetMapping("/{caseId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID enterpriseId, @PathVariable UUID caseId, @PathVariable UUID attachmentId,
                                      @AuthenticationPrincipal Jwt token) {
        worker(token, enterpriseId);
        var stored = cases.attachment(enterpriseId, caseId, attachmentId).orElseThrow(() -> new CaseNotFoundException(caseId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(stored.content());
    }

    @PutMapping("/{caseId}/owner")
    CaseView assign(@PathVariable UUID enterpriseId, @PathVariable UUID caseId, @Valid @RequestBody OwnerRequest request,
                    @AuthenticationPrincipal Jwt token) {
        cases.assign(enterpriseId, caseId, request.owner(), worker(token, enterpriseId));
        return view(enterpriseId, caseId);
    }

    @PostMapping(path = "/{caseId}/queries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> query(@PathVariable UUID enterpriseId, @PathVariable UUID caseId, @RequestParam(required = false) String text,
                            @RequestParam(name = "files", required = false) List<MultipartFile> files,
                            @AuthenticationPrincipal Jwt token) throws IOException {
        UUID by = worker(token, enterpriseId);
        cases.logQueryToBank(enterpriseId, caseId, by, text, uploads(files));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(enterpriseId, caseId));
    }

    @PostMapping(path = "/{caseId}/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> reply(@PathVariable UUID enterpriseId, @PathVariable UUID caseId, @RequestParam(required = false) String text,
                            @RequestParam(name = "files", required = false) List<MultipartFile> files,
                            @AuthenticationPrincipal Jwt token) throws IOException {
        UUID by = worker(token, enterpriseId);
        cases.logBankReply(enterpriseId, caseId, by, text, uploads(files));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(enterpriseId, caseId));
    }

    @PostMapping("/{caseId}/proposal")
    CaseView propose(@PathVariable UUID enterpriseId, @PathVariable UUID caseId, @Valid @RequestBody ProposalRequest request,
                     @AuthenticationPrincipal Jwt token) {
        cases.proposeResolution(enterpriseId, caseId, worker(token, enterpriseId), request.resolution(), request.evidence());
        return view(enterpriseId, caseId);
    }

    @PostMapping("/{caseId}/approval")
    CaseView approve(@PathVariable UUID enterpriseId, @PathVariable UUID caseId, @AuthenticationPrincipal Jwt token) {
        cases.approveResolution(enterpriseId, caseId, worker(token, enterpriseId));
        return view(enterpriseId, caseId);
    }

    @PostMapping("/{caseId}/refusal")
    CaseView refuse(@PathVariable UUID enterpriseId, @PathVariable UUID caseId, @Valid @RequestBody RefusalRequest request,
                    @AuthenticationPrincipal Jwt token) {
        cases.refuseResolution(enterpriseId, caseId, worker(token, enterpriseId), request.why());
        return view(enterpriseId, caseId);
    }

    @ExceptionHandler(InvalidCaseException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCaseException e) {
        ProblemDetail problem = ApiProblems.fieldProblem(e.field(), e.rule());
        if (e instanceof AttachmentPolicy.AttachmentTooLargeException) {
            problem.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(DisputeWindowClosedException.class)
    ResponseEntity<ProblemDetail> tooOld(DisputeWindowClosedException e) {
        ProblemDetail problem = ApiProblems.fieldProblem("transactionDate", e.getMessage());
        problem.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        problem.setTitle("Outside the dispute window");
        problem.setDetail(e.getMessage());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(CaseNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(CaseActRefusedException.class)
    ResponseEntity<ProblemDetail> refused(CaseActRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("The case refused this act");
        problem.setProperty("reason", e.rejection().reason().name());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** The person acting: of this enterprise and holding AUDITOR or AUTHORIZER in it. */
    private static UUID worker(Jwt token, UUID enterpriseId) {
        Caller caller = Caller.of(token);
        UUID person = caller.personIn(enterpriseId);
        if (WORKERS.stream().noneMatch(role -> caller.holdsIn(enterpriseId, role))) {
            throw new AccessRefusedException("only an AUDITOR or AUTHORIZER works error cases");
        }
        return person;
    }

    private CaseView view(UUID enterpriseId, UUID caseId) {
        var found = cases.find(enterpriseId, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        return CaseView.of(found.discrepancy(), found.log().stream().map(e -> LogView.of(enterpriseId, caseId, e)).toList(), clock.instant());
    }

    private static List<NewAttachment> uploads(List<MultipartFile> files) throws IOException {
        List<NewAttachment> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                uploads.add(new NewAttachment(file.getOriginalFilename(), Optional.ofNullable(file.getContentType()), file.getBytes()));
            }
        }
        return uploads;
    }

    record ProposalView(UUID by, String resolution, String evidence, Instant at) {
    }

    record ResolutionView(UUID proposedBy, UUID approvedBy, boolean automatic, String resolution, String evidence, Instant at) {
    }

    record AttachmentView(UUID id, String fileName, String contentType, long sizeBytes, String sha256, String href) {
    }

    record LogView(UUID id, String kind, UUID by, Instant at, String text, List<AttachmentView> attachments) {
        static LogView of(UUID enterpriseId, UUID caseId, CaseLogEntry e) {
            return new LogView(e.id(), e.kind(), e.by().orElse(null), e.at(), e.text(), e.attachments().stream()
                    .map((Attachment a) -> new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                            "/api/enterprises/" + enterpriseId + "/discrepancies/" + caseId + "/attachments/" + a.id()))
                    .toList());
        }
    }

    record CaseView(UUID id, String type, String state, String account, String amount, String currency, LocalDate transactionDate,
                    String detail, List<UUID> statementLineIds, List<UUID> transferIds, Instant openedAt, long ageDays, Instant deadline,
                    boolean overdue, Instant escalatedAt, UUID owner, ProposalView proposal, ResolutionView resolution, List<LogView> log) {
        static CaseView of(DiscrepancyCase c, List<LogView> log, Instant now) {
            var f = c.facts();
            return new CaseView(c.id(), f.type().name(), c.state().name(), f.account(), f.amount().toPlainString(),
                    f.currency().getCurrencyCode(), f.transactionDate(), f.detail(), f.statementLineIds(), f.transferIds(), c.openedAt(),
                    Duration.between(c.openedAt(), now).toDays(), c.deadline(),
                    c.state() != CaseState.RESOLVED && !now.isBefore(c.deadline()), c.escalatedAt().orElse(null), c.owner().orElse(null),
                    c.proposal().map(p -> new ProposalView(p.by(), p.resolution(), p.evidence(), p.at())).orElse(null),
                    c.resolution().map(r -> new ResolutionView(r.proposedBy().orElse(null), r.approvedBy().orElse(null),
                            r.approvedBy().isEmpty(), r.resolution(), r.evidence(), r.at())).orElse(null),
                    log);
        }
    }
}
