package com.fundguard.bank.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecallMessagesTest {

    static final CancellationRequest REQUEST = new CancellationRequest("Hangzhou Tea Trading Co.", "CN6200112233445566", "FGSANDBOX",
            "5f0c2b7e9d1a4c3b8e6f0a1b2c3d4e5f", Optional.of("FG-5f0c2b7e9d1a4c3b8e6f"), new BigDecimal("1250.50"),
            Currency.getInstance("CNY"), CancellationReason.DUPLICATE_PAYMENT);

    @Test
    void theBankReadsBackTheRecallThePlatformWrote() {
        byte[] camt055 = Camt055Writer.write(REQUEST, Instant.parse("2026-11-23T08:00:00Z"));

        ReceivedCancellationRequest received = Camt055Reader.read(camt055);

        assertThat(new String(camt055, StandardCharsets.UTF_8)).contains("urn:iso:std:iso:20022:tech:xsd:camt.055.001.08");
        assertThat(received.assignmentId()).isEqualTo(REQUEST.caseId());
        assertThat(received.request()).isEqualTo(REQUEST);
    }

    @Test
    void theBanksResolutionReadsBackWithStatusReasonAndReversal() {
        CancellationResolution accepted = new CancellationResolution("SBX-CXL-1", REQUEST.caseId(), REQUEST.endToEndId(), "ACCR",
                Optional.empty(), Optional.of("SBX-20261123-000000042"));
        CancellationResolution refused = new CancellationResolution("SBX-CXL-2", REQUEST.caseId(), REQUEST.endToEndId(), "RJCR",
                Optional.of("AGNT"), Optional.empty());

        assertThat(Camt029Reader.read(Camt029Writer.write(accepted, "FGSANDBOX", "Hangzhou Tea Trading Co.", Instant.now())))
                .containsExactly(accepted);
        assertThat(Camt029Reader.read(Camt029Writer.write(refused, "FGSANDBOX", "Hangzhou Tea Trading Co.", Instant.now())))
                .containsExactly(refused);
    }

    @Test
    void aRecallWithoutTheOrdersEndToEndIdIsRefusedNamingIt() {
        String camt055 = new String(Camt055Writer.write(REQUEST, Instant.now()), StandardCharsets.UTF_8)
                .replaceAll("<OrgnlEndToEndId>[^<]*</OrgnlEndToEndId>", "");

        assertThatThrownBy(() -> Camt055Reader.read(camt055.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IsoMessageException.class).hasMessageContaining("OrgnlEndToEndId");
    }

    @Test
    void anElementTheMessageDoesNotHaveIsRefused() {
        String camt055 = new String(Camt055Writer.write(REQUEST, Instant.now()), StandardCharsets.UTF_8)
                .replace("<OrgnlEndToEndId>", "<Surprise>1</Surprise><OrgnlEndToEndId>");

        assertThatThrownBy(() -> Camt055Reader.read(camt055.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IsoMessageException.class);
    }

    @Test
    void anotherMessagesNamespaceIsRefused() {
        String camt055 = new String(Camt055Writer.write(REQUEST, Instant.now()), StandardCharsets.UTF_8)
                .replace("camt.055.001.08", "camt.055.001.05");

        assertThatThrownBy(() -> Camt055Reader.read(camt055.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IsoMessageException.class).hasMessageContaining("camt.055.001.08");
    }

    @Test
    void anExternalEntityIsNeitherFetchedNorExpanded(@TempDir Path directory) throws Exception {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "SECRET-ACCOUNT");
        String camt055 = new String(Camt055Writer.write(REQUEST, Instant.now()), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")
                .replace(REQUEST.endToEndId(), "&x;");

        assertThatThrownBy(() -> Camt055Reader.read(camt055.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IsoMessageException.class).message().doesNotContain("SECRET-ACCOUNT");
    }

    @Test
    void notXmlIsRefused() {
        assertThatThrownBy(() -> Camt055Reader.read("recall 42 please".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IsoMessageException.class);
        assertThatThrownBy(() -> Camt029Reader.read("<Document/>".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IsoMessageException.class);
    }

    @Test
    void theRecallMessagesAreAvailableWhereProwideIsOnTheClassPath() {
        assertThat(RecallMessages.available()).isTrue();
        assertThat(List.of(CancellationReason.values())).extracting(CancellationReason::isoCode).contains("CUST", "DUPL", "AM09");
    }
}
