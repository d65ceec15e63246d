package com.fundguard.voucher.voucher.adapter.in.web;

import com.fundguard.security.caller.Caller;
import com.fundguard.voucher.voucher.application.CaptureProfiles;
import com.fundguard.voucher.voucher.domain.CaptureDevice;
import com.fundguard.voucher.voucher.domain.CaptureProfile;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise's capture profiles: every capture client reads them to check an image before uploading it; an
 * enterprise admin sets them. A device without a profile of the enterprise's own has the standard one.
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/capture-profiles")
class CaptureProfileController {

    private final CaptureProfiles profiles;
    private final Clock clock;

    CaptureProfileController(CaptureProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping
    List<CaptureProfile> all(@PathVariable UUID enterpriseId) {
        return Arrays.stream(CaptureDevice.values()).map(device -> profiles.of(enterpriseId, device)).toList();
    }

    record ProfileRequest(@NotNull Integer minLongSide, @NotNull Integer minShortSide, @NotNull Double minSharpness,
                          @NotNull Double minBrightness, @NotNull Double maxBrightness, @NotNull Double maxOverexposedShare) {
    }

    @PutMapping("/{device}")
    CaptureProfile set(@PathVariable UUID enterpriseId, @PathVariable CaptureDevice device, @Valid @RequestBody ProfileRequest request,
                       @AuthenticationPrincipal Jwt token) {
        UUID admin = Caller.of(token).personHolding(enterpriseId, "ENTERPRISE_ADMIN", "sets capture profiles");
        CaptureProfile profile = new CaptureProfile(device, request.minLongSide(), request.minShortSide(), request.minSharpness(),
                request.minBrightness(), request.maxBrightness(), request.maxOverexposedShare());
        profiles.save(enterpriseId, profile, admin, clock.instant());
        return profile;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("profile", e.getMessage()));
    }
}
