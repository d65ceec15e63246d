package com.fundguard.identity.agent.adapter.in.web;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.identity.agent.application.AgentEnrolments;
import com.fundguard.identity.agent.domain.AgentEnrolmentRefused;
import com.fundguard.security.caller.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigInteger;
import java.security.cert.CRLException;
import java.time.Instant;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agent enrolment, renewal and revocation, and the platform CA's certificate and revocation list. Enrolment and
 * renewal carry their own proof (the one-time code; a signature by the current key) and take no access token: the
 * agent has none yet.
 */
@RestController
class AgentEnrolmentController {

    private final AgentEnrolments enrolments;

    AgentEnrolmentController(AgentEnrolments enrolments) {
        this.enrolments = enrolments;
    }

    record CodeBody(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String agentId) {
    }

    record CodeView(String agentId, String enrolmentCode, Instant expiresAt) {
        @Override
        public String toString() {
            return "CodeView[agentId=" + agentId + ", expiresAt=" + expiresAt + ", enrolmentCode=(hidden)]";
        }
    }

    record EnrolBody(@NotBlank @Size(max = 100) String enrolmentCode, @NotBlank @Size(max = 8000) String csr) {
        @Override
        public String toString() {
            return "EnrolBody[enrolmentCode=(hidden)]";
        }
    }

    record RenewBody(@NotBlank @Size(max = 8000) String certificate, @NotBlank @Size(max = 8000) String csr,
                     @NotBlank @Size(max = 400) String signature) {
    }

    record IssuedView(String certificate, String caCertificate, String clientId, String serial, Instant notAfter) {
        static IssuedView of(AgentEnrolments.Issued issued) {
            return new IssuedView(CertificateAuthority.pem(issued.certificate()), CertificateAuthority.pem(issued.caCertificate()),
                    issued.clientId(), issued.certificate().getSerialNumber().toString(), issued.certificate().getNotAfter().toInstant());
        }
    }

    @PostMapping("/api/enterprises/{enterpriseId}/agent-enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    CodeView createCode(@PathVariable UUID enterpriseId, @Valid @RequestBody CodeBody body, @AuthenticationPrincipal Jwt token) {
        var code = enrolments.createCode(enterpriseId, Caller.of(token).personIn(enterpriseId), body.agentId());
        return new CodeView(code.agentId(), code.code(), code.expiresAt());
    }

    @PostMapping("/api/agent-enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedView enrol(@Valid @RequestBody EnrolBody body) {
        return IssuedView.of(enrolments.enrol(body.enrolmentCode(), body.csr()));
    }

    @PostMapping("/api/agent-certificates/renewal")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedView renew(@Valid @RequestBody RenewBody body) {
        return IssuedView.of(enrolments.renew(body.certificate(), body.csr(), body.signature()));
    }

    @PostMapping("/api/enterprises/{enterpriseId}/agent-certificates/{serial}/revocation")
    ResponseEntity<Void> revoke(@PathVariable UUID enterpriseId, @PathVariable BigInteger serial, @AuthenticationPrincipal Jwt token) {
        enrolments.revoke(enterpriseId, Caller.of(token).personIn(enterpriseId), serial);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/api/platform-ca/crl", produces = "application/pkix-crl")
    ResponseEntity<byte[]> revocationList() throws CRLException {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/pkix-crl"))
                .body(enrolments.revocationList().getEncoded());
    }

    @GetMapping(value = "/api/platform-ca/certificate", produces = "application/x-pem-file")
    ResponseEntity<String> caCertificate() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .body(CertificateAuthority.pem(enrolments.caCertificate()));
    }

    @ExceptionHandler(AgentEnrolmentRefused.class)
    ResponseEntity<ProblemDetail> refused(AgentEnrolmentRefused e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_AN_ADMIN -> HttpStatus.FORBIDDEN;
            case UNKNOWN_CERTIFICATE -> HttpStatus.NOT_FOUND;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setProperty("rule", e.reason().name());
        return ResponseEntity.status(status).body(problem);
    }
}
