package com.fundguard.approval.limits.adapter.in.web;

import com.fundguard.approval.limits.application.LimitSetting;
import com.fundguard.approval.limits.domain.ApplicantLimit;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Applicants' limits, set by auditors. Until the identity issue lands, the auditor is named in the body. */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/applicant-limits/{applicantId}")
class LimitController {

    private final LimitSetting setting;
    private final Clock clock;

    LimitController(LimitSetting setting, Clock clock) {
        this.setting = setting;
        this.clock = clock;
    }

    record LimitBody(@NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                     @PositiveOrZero Long maxCountPerDay, @PositiveOrZero BigDecimal maxAmountPerDay,
                     @PositiveOrZero BigDecimal maxAmountPerTransfer, @NotNull ApplicantLimit.WhenExceeded whenExceeded) {
    }

    record LimitView(UUID applicantId, String currency, Long maxCountPerDay, String maxAmountPerDay, String maxAmountPerTransfer,
                     String whenExceeded, UUID setBy) {
        static LimitView of(ApplicantLimit l) {
            return new LimitView(l.applicantId(), l.currency().getCurrencyCode(), l.maxCountPerDay().orElse(null),
                    l.maxAmountPerDay().map(BigDecimal::toPlainString).orElse(null),
                    l.maxAmountPerTransfer().map(BigDecimal::toPlainString).orElse(null), l.whenExceeded().name(), l.setBy());
        }
    }

    @PutMapping
    LimitView set(@PathVariable UUID enterpriseId, @PathVariable UUID applicantId, @Valid @RequestBody LimitBody body,
                  @org.springframework.security.core.annotation.AuthenticationPrincipal org.springframework.security.oauth2.jwt.Jwt token) {
        UUID setBy = com.fundguard.security.caller.Caller.of(token).person();
        ApplicantLimit limit;
        try {
            limit = new ApplicantLimit(enterpriseId, applicantId, Currency.getInstance(body.currency()),
                    Optional.ofNullable(body.maxCountPerDay()), Optional.ofNullable(body.maxAmountPerDay()),
                    Optional.ofNullable(body.maxAmountPerTransfer()), body.whenExceeded(), setBy,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
        } catch (IllegalArgumentException e) {
            throw new InvalidLimit(e.getMessage());
        }
        return LimitView.of(setting.set(limit));
    }

    @GetMapping
    ResponseEntity<LimitView> get(@PathVariable UUID enterpriseId, @PathVariable UUID applicantId) {
        return setting.find(enterpriseId, applicantId).map(LimitView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    static class InvalidLimit extends RuntimeException {
        InvalidLimit(String message) {
            super(message);
        }
    }

    @ExceptionHandler(InvalidLimit.class)
    ResponseEntity<ProblemDetail> invalid(InvalidLimit e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("limit", e.getMessage()));
    }

    @ExceptionHandler(LimitSetting.NotAnAuditorException.class)
    ResponseEntity<ProblemDetail> notAnAuditor(LimitSetting.NotAnAuditorException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }
}
