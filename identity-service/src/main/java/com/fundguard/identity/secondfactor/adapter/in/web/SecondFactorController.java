package com.fundguard.identity.secondfactor.adapter.in.web;

import com.fundguard.security.caller.Caller;
import com.fundguard.identity.secondfactor.application.SecondFactors;
import com.fundguard.identity.secondfactor.domain.ConfirmationRequest;
import com.fundguard.identity.secondfactor.domain.SecondFactorRefused;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Currency;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own second factors ({@code /api/identity/me/...}, the person is the token's subject) and the
 * content-bound confirmation of a decision ({@code /api/enterprises/{id}/confirmations}).
 */
@RestController
class SecondFactorController {

    private final SecondFactors factors;

    SecondFactorController(SecondFactors factors) {
        this.factors = factors;
    }

    record TotpEnrolmentView(String otpauthUri, String qrCodePng) {
    }

    record CodeBody(@NotNull @Pattern(regexp = "[0-9]{6}") String code) {
        @Override
        public String toString() {
            return "CodeBody[code=(hidden)]";
        }
    }

    record PhoneBody(@NotNull @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "an E.164 number such as +8613800138000") String phoneNumber) {
    }

    record ConfirmationBody(@NotNull UUID transferId, @Min(0) int step,
                            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 15, fraction = 4) BigDecimal amount,
                            @NotNull Currency currency,
                            @NotNull @Pattern(regexp = "[A-Za-z0-9 -]{1,64}") String payeeAccount,
                            @NotNull @Pattern(regexp = "[0-9a-f]{64}") String contentHash) {
        ConfirmationRequest request() {
            return new ConfirmationRequest(transferId, step, amount, currency, payeeAccount, contentHash);
        }
    }

    enum Method { TOTP, SMS, PASSKEY }

    /**
     * @param code      the TOTP or SMS code (six digits)
     * @param assertion for PASSKEY: the WebAuthn assertion (navigator.credentials.get with the challenge's bytes)
     */
    record ConfirmBody(@NotNull @Valid ConfirmationBody confirmation, @NotNull Method method,
                       @Pattern(regexp = "[0-9]{6}") String code, UUID smsCodeId, tools.jackson.databind.JsonNode assertion) {
        @Override
        public String toString() {
            return "ConfirmBody[confirmation=" + confirmation + ", method=" + method + ", code=(hidden)]";
        }
    }

    record SmsCodeView(UUID smsCodeId) {
    }

    record ProofView(String proof) {
    }

    @PostMapping("/api/identity/me/totp")
    @ResponseStatus(HttpStatus.CREATED)
    TotpEnrolmentView enrolTotp(@AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        UUID user = caller.person();
        String label = token.getClaimAsString("preferred_username") == null ? user.toString() : token.getClaimAsString("preferred_username");
        String uri = factors.enrolTotp(caller.enterpriseId().orElseThrow(), user, label).otpauthUri();
        return new TotpEnrolmentView(uri, Base64.getEncoder().encodeToString(qrPng(uri)));
    }

    @PostMapping("/api/identity/me/totp/activation")
    ResponseEntity<Void> activateTotp(@Valid @RequestBody CodeBody body, @AuthenticationPrincipal Jwt token) {
        factors.activateTotp(Caller.of(token).person(), body.code());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/identity/me/phone-number")
    ResponseEntity<Void> phoneNumber(@Valid @RequestBody PhoneBody body, @AuthenticationPrincipal Jwt token) {
        factors.setPhoneNumber(Caller.of(token).person(), body.phoneNumber());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/enterprises/{enterpriseId}/confirmations/sms-codes")
    @ResponseStatus(HttpStatus.CREATED)
    SmsCodeView sendSmsCode(@PathVariable UUID enterpriseId, @Valid @RequestBody ConfirmationBody body, @AuthenticationPrincipal Jwt token) {
        return new SmsCodeView(factors.sendSmsCode(enterpriseId, Caller.of(token).personIn(enterpriseId), body.request()));
    }

    @PostMapping("/api/enterprises/{enterpriseId}/confirmations")
    @ResponseStatus(HttpStatus.CREATED)
    ProofView confirm(@PathVariable UUID enterpriseId, @Valid @RequestBody ConfirmBody body, @AuthenticationPrincipal Jwt token) {
        UUID user = Caller.of(token).personIn(enterpriseId);
        if (body.method() != Method.PASSKEY && body.code() == null) {
            throw new SecondFactorRefused(SecondFactorRefused.Reason.WRONG_CODE, "a TOTP or SMS confirmation carries its code");
        }
        String proof = switch (body.method()) {
            case TOTP -> factors.confirmWithTotp(enterpriseId, user, body.confirmation().request(), body.code());
            case PASSKEY -> {
                if (body.assertion() == null || !body.assertion().isObject()) {
                    throw new SecondFactorRefused(SecondFactorRefused.Reason.WRONG_CODE, "a passkey confirmation carries its assertion");
                }
                yield factors.confirmWithPasskey(enterpriseId, user, body.confirmation().request(), body.assertion().toString());
            }
            case SMS -> {
                if (body.smsCodeId() == null) {
                    throw new SecondFactorRefused(SecondFactorRefused.Reason.WRONG_CODE, "smsCodeId names the code that was sent");
                }
                yield factors.confirmWithSms(enterpriseId, user, body.confirmation().request(), body.smsCodeId(), body.code());
            }
        };
        return new ProofView(proof);
    }


    static byte[] qrPng(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 256, 256);
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ExceptionHandler(SecondFactorRefused.class)
    ResponseEntity<ProblemDetail> refused(SecondFactorRefused e) {
        HttpStatus status = e.reason() == SecondFactorRefused.Reason.RATE_LIMITED ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setProperty("rule", e.reason().name());
        return ResponseEntity.status(status).body(problem);
    }
}
