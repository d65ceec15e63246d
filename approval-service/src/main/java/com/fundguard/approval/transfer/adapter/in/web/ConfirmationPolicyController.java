package com.fundguard.approval.transfer.adapter.in.web;

import com.fundguard.approval.transfer.application.ApproverDirectory;
import com.fundguard.approval.transfer.application.ConfirmationThresholds;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise's confirmation threshold per currency; set by someone who holds AUTHORIZER now (the owner). */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/confirmation-policy")
class ConfirmationPolicyController {

    private final ConfirmationThresholds thresholds;
    private final ApproverDirectory directory;

    ConfirmationPolicyController(ConfirmationThresholds thresholds, ApproverDirectory directory) {
        this.thresholds = thresholds;
        this.directory = directory;
    }

    record ThresholdBody(@NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                         @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal threshold) {
    }

    record ThresholdView(String currency, String threshold) {
    }

    @PutMapping
    ThresholdView set(@PathVariable UUID enterpriseId, @Valid @RequestBody ThresholdBody body, @AuthenticationPrincipal Jwt token) {
        UUID owner = Caller.of(token).person();
        if (!directory.currentRoles(enterpriseId, owner).contains(ApproverRole.AUTHORIZER)) {
            throw new AccessRefusedException("the confirmation threshold is set by an authorizer");
        }
        thresholds.set(enterpriseId, Currency.getInstance(body.currency()), body.threshold(), owner);
        return new ThresholdView(body.currency(), body.threshold().toPlainString());
    }

    @GetMapping
    ResponseEntity<ThresholdView> get(@PathVariable UUID enterpriseId, @RequestParam @Pattern(regexp = "[A-Z]{3}") String currency) {
        return thresholds.threshold(enterpriseId, Currency.getInstance(currency))
                .map(t -> ResponseEntity.ok(new ThresholdView(currency, t.toPlainString())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
