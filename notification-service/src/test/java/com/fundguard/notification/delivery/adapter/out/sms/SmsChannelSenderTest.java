package com.fundguard.notification.delivery.adapter.out.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.notification.delivery.application.ChannelRefusedException;
import com.fundguard.notification.delivery.application.ChannelUnavailableException;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;
import com.fundguard.sms.SmsMessage;
import com.fundguard.sms.SmsNotSent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each answer of the SMS gateway and of the directory, mapped to "try again later" or "failed for good". */
class SmsChannelSenderTest {

    final UUID enterprise = UUID.randomUUID();
    final UUID approver = UUID.randomUUID();
    final Delivery delivery = Delivery.pending(enterprise, approver, "event-1", Channel.SMS, "transfer", "title",
            "【FundGuard】TR-1 待审批 secret-looking text", Optional.empty(), Instant.parse("2026-11-23T03:00:00Z"));
    final List<SmsMessage> sent = new ArrayList<>();

    SmsChannelSender sender(Map<UUID, String> numbersOfTheEnterprise, RuntimeException gatewayAnswer) {
        return new SmsChannelSender(message -> {
            if (gatewayAnswer != null) {
                throw gatewayAnswer;
            }
            sent.add(message);
        }, (enterpriseId, person) -> enterpriseId.equals(enterprise)
                ? Optional.ofNullable(numbersOfTheEnterprise.get(person)) : Optional.empty());
    }

    @Test
    void sendsTheBodyToTheRegisteredNumberNamedByTheDeliverysIdSoARetryReachesThePhoneOnce() throws Exception {
        sender(Map.of(approver, "+8613800000001"), null).send(delivery, 1);

        assertThat(sent).containsExactly(new SmsMessage(delivery.id().toString(), "+8613800000001", delivery.body()));
    }

    @Test
    void aDeferringGatewayLeavesTheDeliveryForTheNextAttempt() {
        SmsChannelSender sender = sender(Map.of(approver, "+8613800000001"),
                new SmsNotSent.Deferred(delivery.id().toString(), "gateway throttling", null, null));

        assertThatThrownBy(() -> sender.send(delivery, 1)).isInstanceOf(ChannelUnavailableException.class)
                .hasMessageContaining("gateway throttling").hasMessageNotContaining("secret-looking");
    }

    @Test
    void aRefusingGatewayAPersonWithoutANumberOrANumberThatIsNotE164FailTheDeliveryForGood() {
        assertThatThrownBy(() -> sender(Map.of(approver, "+8613800000001"),
                new SmsNotSent.Refused(delivery.id().toString(), "number barred")).send(delivery, 1))
                .isInstanceOf(ChannelRefusedException.class).hasMessageContaining("number barred");
        assertThatThrownBy(() -> sender(Map.of(), null).send(delivery, 1))
                .isInstanceOf(ChannelRefusedException.class).hasMessageContaining("no phone number");
        assertThatThrownBy(() -> sender(Map.of(approver, "13800000001"), null).send(delivery, 1))
                .isInstanceOf(ChannelRefusedException.class).hasMessageNotContaining("13800000001");
        assertThat(sent).isEmpty();
    }

    @Test
    void aDirectoryThatCannotAnswerIsTriedAgainNeverReadAsNoNumber() {
        SmsChannelSender sender = new SmsChannelSender(sent::add, (enterpriseId, person) -> {
            throw new IllegalStateException("identity-service 503");
        });

        assertThatThrownBy(() -> sender.send(delivery, 1)).isInstanceOf(ChannelUnavailableException.class);
    }
}
