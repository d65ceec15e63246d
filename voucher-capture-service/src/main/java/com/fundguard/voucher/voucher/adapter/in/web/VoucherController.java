package com.fundguard.voucher.voucher.adapter.in.web;

import com.fundguard.voucher.voucher.application.VoucherCapture;
import com.fundguard.voucher.voucher.application.VoucherIntegrityException;
import com.fundguard.voucher.voucher.application.VoucherRejectedException;
import com.fundguard.voucher.voucher.domain.Voucher;
import com.fundguard.voucher.voucher.domain.VoucherType;
import com.fundguard.web.ApiProblems;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Voucher uploads of an enterprise. Until the identity issue lands, the uploader is named in the request. */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/vouchers")
class VoucherController {

    private final VoucherCapture capture;

    VoucherController(VoucherCapture capture) {
        this.capture = capture;
    }

    record VoucherView(UUID id, String type, String mediaType, long sizeBytes, String sha256, UUID uploadedBy, Instant uploadedAt) {
        static VoucherView of(Voucher v) {
            return new VoucherView(v.id(), v.type().name(), v.mediaType().mimeType, v.sizeBytes(), v.sha256(), v.uploadedBy(), v.uploadedAt());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<VoucherView> upload(@PathVariable UUID enterpriseId, @RequestParam("file") MultipartFile file,
                                       @RequestParam("type") VoucherType type,
                                       @org.springframework.security.core.annotation.AuthenticationPrincipal org.springframework.security.oauth2.jwt.Jwt token)
            throws IOException {
        // The uploader is the token's subject, never a value the client names.
        UUID uploadedBy = com.fundguard.security.caller.Caller.of(token).person();
        try (InputStream content = file.getInputStream()) {
            Voucher voucher = capture.capture(enterpriseId, uploadedBy, type, content);
            return ResponseEntity.created(URI.create("/api/enterprises/" + enterpriseId + "/vouchers/" + voucher.id()))
                    .body(VoucherView.of(voucher));
        }
    }

    @GetMapping("/{voucherId}")
    ResponseEntity<VoucherView> metadata(@PathVariable UUID enterpriseId, @PathVariable UUID voucherId) {
        return capture.find(enterpriseId, voucherId).map(VoucherView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/{voucherId}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID enterpriseId, @PathVariable UUID voucherId) {
        return capture.content(enterpriseId, voucherId)
                .map(content -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(content.voucher().mediaType().mimeType))
                        .contentLength(content.voucher().sizeBytes())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Digest", "sha-256=" + content.voucher().sha256())
                        .body(new InputStreamResource(content.bytes())))
                .orElseGet(() -> ResponseEntity.notFound().build());
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
