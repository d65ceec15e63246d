package com.fundguard.voucher.voucher.adapter.in.web;

import com.fundguard.voucher.voucher.application.VoucherCapture;
import com.fundguard.voucher.voucher.application.VoucherIntegrityException;
import com.fundguard.voucher.voucher.application.VoucherRejectedException;
import com.fundguard.security.caller.Caller;
import com.fundguard.voucher.voucher.application.VoucherQualityException;
import com.fundguard.voucher.voucher.domain.CaptureDevice;
import com.fundguard.voucher.voucher.domain.QualityMeasurement;
import com.fundguard.voucher.voucher.domain.ReuseSuspicion;
import com.fundguard.voucher.voucher.domain.Voucher;
import com.fundguard.voucher.voucher.domain.VoucherDetails;
import com.fundguard.voucher.voucher.domain.VoucherType;
import com.fundguard.web.ApiProblems;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Voucher uploads of an enterprise; the uploader is the token's subject. */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/vouchers")
class VoucherController {

    private final VoucherCapture capture;

    VoucherController(VoucherCapture capture) {
        this.capture = capture;
    }

    /** Quality as measured, for the approvers next to the image; numbers only masked. */
    record VoucherView(UUID id, String type, String mediaType, long sizeBytes, String sha256, UUID uploadedBy, Instant uploadedAt,
                       String captureDevice, int pages, QualityMeasurement quality, LocalDateTime capturedAt, String invoiceNumber,
                       BigDecimal amount, String currency, String maskedNumber, List<String> warnings,
                       List<ReuseView> reuseSuspected, List<UUID> transfersWithThisEvidence, String thumbnail) {
        static VoucherView of(VoucherCapture.ViewedVoucher viewed) {
            return of(viewed.voucher(), viewed.reuseSuspicions(), viewed.transfersWithThisEvidence());
        }

        static VoucherView of(Voucher v, List<ReuseSuspicion> suspicions, List<UUID> transfersWithThisEvidence) {
            VoucherDetails d = v.details();
            return new VoucherView(v.id(), v.type().name(), v.mediaType().mimeType, v.sizeBytes(), v.sha256(), v.uploadedBy(), v.uploadedAt(),
                    v.device().name(), v.facts().pages(), v.facts().quality().orElse(null), v.facts().capturedAt().orElse(null),
                    d.invoiceNumber(), d.amount(), d.currency() == null ? null : d.currency().getCurrencyCode(), d.maskedNumber(), d.warnings(),
                    suspicions.stream().map(s -> new ReuseView(s.transferId(), s.otherVoucherId(), s.otherTransferId(), s.distance())).toList(),
                    transfersWithThisEvidence,
                    v.thumbnailSha256() == null ? null : "/api/enterprises/" + v.enterpriseId() + "/vouchers/" + v.id() + "/thumbnail");
        }
    }

    /** This voucher, on {@code transferId}, shows the same picture as {@code otherVoucherId} on {@code otherTransferId}. */
    record ReuseView(UUID transferId, UUID otherVoucherId, UUID otherTransferId, int distance) {
    }

    static VoucherCapture.Viewer viewer(Jwt token) {
        Caller caller = Caller.of(token);
        if (caller.hasScope("vouchers.read")) {
            return VoucherCapture.Viewer.service();
        }
        return new VoucherCapture.Viewer(caller.person(), caller.roles(), false);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<VoucherView> upload(@PathVariable UUID enterpriseId, @RequestParam("file") MultipartFile file,
                                       @RequestParam("type") VoucherType type,
                                       @RequestParam(name = "captureDevice", defaultValue = "PHONE_CAMERA") CaptureDevice device,
                                       @RequestParam(name = "invoiceNumber", required = false) String invoiceNumber,
                                       @RequestParam(name = "amount", required = false) BigDecimal amount,
                                       @RequestParam(name = "currency", required = false) String currency,
                                       @RequestParam(name = "number", required = false) String number,
                                       @AuthenticationPrincipal Jwt token) throws IOException {
        // The uploader is the token's subject, never a value the client names.
        UUID uploadedBy = Caller.of(token).person();
        VoucherDetails details;
        try {
            details = VoucherDetails.of(type, invoiceNumber, amount, currency == null ? null : Currency.getInstance(currency), number);
        } catch (IllegalArgumentException e) {
            // The message names the rule, never the value: a typed card number must not come back in an answer.
            throw new InvalidDetailsException(e.getMessage());
        }
        try (InputStream content = file.getInputStream()) {
            Voucher voucher = capture.capture(new VoucherCapture.Upload(enterpriseId, uploadedBy, type, device, details, content));
            return ResponseEntity.created(URI.create("/api/enterprises/" + enterpriseId + "/vouchers/" + voucher.id()))
                    .body(VoucherView.of(voucher, List.of(), List.of()));
        }
    }

    /** Without {@code transferId}: the caller's own uploads; with it: that transfer's vouchers, if the caller may see them. */
    @GetMapping
    List<VoucherView> list(@PathVariable UUID enterpriseId, @RequestParam(name = "transferId", required = false) UUID transferId,
                           @AuthenticationPrincipal Jwt token) {
        return capture.list(enterpriseId, java.util.Optional.ofNullable(transferId), viewer(token), 100).stream()
                .map(VoucherView::of).toList();
    }

    @GetMapping("/{voucherId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable UUID enterpriseId, @PathVariable UUID voucherId, @AuthenticationPrincipal Jwt token) {
        return capture.thumbnail(enterpriseId, voucherId, viewer(token))
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).header("X-Content-Type-Options", "nosniff").body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/{voucherId}")
    ResponseEntity<VoucherView> metadata(@PathVariable UUID enterpriseId, @PathVariable UUID voucherId, @AuthenticationPrincipal Jwt token) {
        return capture.find(enterpriseId, voucherId, viewer(token)).map(VoucherView::of)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/{voucherId}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID enterpriseId, @PathVariable UUID voucherId,
                                                @AuthenticationPrincipal Jwt token) {
        return capture.content(enterpriseId, voucherId, viewer(token))
                .map(content -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(content.voucher().mediaType().mimeType))
                        .contentLength(content.voucher().sizeBytes())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Digest", "sha-256=" + content.voucher().sha256())
                        .body(new InputStreamResource(content.bytes())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    static class InvalidDetailsException extends RuntimeException {
        InvalidDetailsException(String message) {
            super(message);
        }
    }

    @ExceptionHandler(InvalidDetailsException.class)
    ResponseEntity<ProblemDetail> invalidDetails(InvalidDetailsException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("details", e.getMessage()));
    }

    /** 422 naming each failed check with the value measured and the profile's threshold. */
    @ExceptionHandler(VoucherQualityException.class)
    ResponseEntity<ProblemDetail> poorQuality(VoucherQualityException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("https://fundguard.example/problems/voucher-quality"));
        problem.setTitle("The image is not clear enough to serve as a voucher");
        problem.setProperty("captureDevice", e.profile().device().name());
        problem.setProperty("errors", e.shortfalls().stream().map(s -> Map.of("field", "file", "check", s.check().name(),
                "message", s.check().explanation, "measured", s.measured(), "threshold", s.threshold())).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(VoucherRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(VoucherRejectedException e) {
        if (e.reason() == VoucherRejectedException.Reason.TOO_LARGE) {
            ProblemDetail problem = ApiProblems.fieldProblem("file", e.getMessage());
            problem.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("file", e.getMessage()));
    }

    @ExceptionHandler(VoucherIntegrityException.class)
    ResponseEntity<ProblemDetail> integrity(VoucherIntegrityException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        problem.setTitle("Integrity check failed");
        return ResponseEntity.internalServerError().body(problem);
    }
}
