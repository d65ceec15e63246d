package com.fundguard.bankconnector.audit.adapter.in.web;

import com.fundguard.bankconnector.audit.application.AuditTrail;
import com.fundguard.crypto.chain.HashChain;
import com.fundguard.security.caller.Caller;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An authorizer checks that the execution audit log of the enterprise is whole. */
@RestController
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    record VerificationView(boolean intact, int linksChecked, Integer firstBrokenLink, String reason) {
    }

    @GetMapping("/api/enterprises/{enterpriseId}/execution-audit/verification")
    VerificationView verify(@AuthenticationPrincipal Jwt token, @PathVariable UUID enterpriseId) {
        Caller.of(token).personHolding(enterpriseId, "AUTHORIZER", "checks the execution audit log");
        HashChain.Verification verification = audit.verify(enterpriseId);
        return new VerificationView(verification.intact(), verification.linksChecked(),
                verification.intact() ? null : verification.firstBrokenIndex(), verification.reason());
    }
}
