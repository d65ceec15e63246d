package com.fundguard.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmsMessageTest {

    @Test
    void aMessageGoesToAnE164NumberOnly() {
        assertThat(new SmsMessage("code-1", "+8613800138000", "FundGuard 123456").phoneNumber()).isEqualTo("+8613800138000");

        for (String notE164 : new String[] {"13800138000", "+0613800138000", "+86 138 0013 8000", "+8613800138000123456", ""}) {
            assertThatThrownBy(() -> new SmsMessage("code-1", notE164, "FundGuard 123456"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E.164");
        }
    }

    @Test
    void aMessageNeedsAnIdToBeSentOnceAndAText() {
        assertThatThrownBy(() -> new SmsMessage(" ", "+8613800138000", "FundGuard 123456")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsMessage("code-1", "+8613800138000", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neitherTheMessageNorAFailureShowsTheTextWhichMayHoldACode() {
        SmsMessage message = new SmsMessage("code-1", "+8613800138000", "FundGuard 654321 confirms paying 10.00 CNY");

        assertThat(message.toString()).contains("code-1", "+8613800138000").doesNotContain("654321");
        assertThat(new SmsNotSent.Refused(message.messageId(), "number barred")).hasMessage("SMS code-1 not sent: number barred");
    }

    @Test
    void aDeferredMessageMayCarryTheGatewaysWaitAndARefusedOneIsNeverRetried() {
        SmsNotSent later = new SmsNotSent.Deferred("code-1", "gateway throttling", Duration.ofSeconds(30), null);
        SmsNotSent never = new SmsNotSent.Refused("code-2", "unknown number");

        assertThat(later).isInstanceOfSatisfying(SmsNotSent.Deferred.class,
                deferred -> assertThat(deferred.retryAfter()).contains(Duration.ofSeconds(30)));
        assertThat(new SmsNotSent.Deferred("code-1", "gateway down", null, null).retryAfter()).isEmpty();
        assertThat(never.messageId()).isEqualTo("code-2");
        assertThat(switch (never) {
            case SmsNotSent.Deferred deferred -> "retry";
            case SmsNotSent.Refused refused -> "give up";
        }).isEqualTo("give up");
    }
}
