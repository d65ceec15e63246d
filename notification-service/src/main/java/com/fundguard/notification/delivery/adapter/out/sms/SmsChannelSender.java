package com.fundguard.notification.delivery.adapter.out.sms;

import com.fundguard.notification.delivery.application.ChannelRefusedException;
import com.fundguard.notification.delivery.application.ChannelSender;
import com.fundguard.notification.delivery.application.ChannelUnavailableException;
import com.fundguard.notification.delivery.application.PhoneNumbers;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;
import com.fundguard.sms.SmsMessage;
import com.fundguard.sms.SmsNotSent;
import com.fundguard.sms.SmsSender;
import java.util.Optional;

/**
 * The SMS channel through common-sms's {@link SmsSender}: the delivery's id names the message, so a retried delivery
 * reaches the phone once. The number is the one the person registered at identity-service, asked of its directory
 * with the delivery's enterprise. A gateway that defers (down, throttling) or a directory that cannot answer leaves
 * the delivery pending for the next attempt; a person without a number, a number that is not E.164 or a gateway that
 * refuses fails it for good. No text and no number goes into an exception or a log line.
 */
public class SmsChannelSender implements ChannelSender {

    private final SmsSender sms;
    private final PhoneNumbers phoneNumbers;

    public SmsChannelSender(SmsSender sms, PhoneNumbers phoneNumbers) {
        this.sms = sms;
        this.phoneNumbers = phoneNumbers;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Delivery delivery, long streamPosition) throws ChannelUnavailableException, ChannelRefusedException {
        Optional<String> number;
        try {
            number = phoneNumbers.of(delivery.enterpriseId(), delivery.recipientId());
        } catch (RuntimeException directoryDown) {
            throw new ChannelUnavailableException("the directory did not give the phone number: "
                    + directoryDown.getClass().getSimpleName(), directoryDown);
        }
        if (number.isEmpty()) {
            throw new ChannelRefusedException("the recipient registered no phone number at identity-service", null);
        }
        SmsMessage message;
        try {
            message = new SmsMessage(delivery.id().toString(), number.get(), delivery.body());
        } catch (IllegalArgumentException notSendable) {
            throw new ChannelRefusedException("the recipient's registered phone number is not an E.164 number", null);
        }
        try {
            sms.send(message);
        } catch (SmsNotSent.Deferred later) {
            throw new ChannelUnavailableException(later.getMessage(), later);
        } catch (SmsNotSent.Refused never) {
            throw new ChannelRefusedException(never.getMessage(), never);
        }
    }
}
