package com.fundguard.notification.delivery.adapter.out.email;

import com.fundguard.notification.delivery.application.ChannelSender;
import com.fundguard.notification.delivery.application.ChannelUnavailableException;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail over SMTP (Spring Mail). An SMTP server that refuses or cannot be reached leaves the delivery pending. */
public class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final String from;

    public EmailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery, long streamPosition) throws ChannelUnavailableException {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(delivery.address().orElseThrow(() -> new IllegalStateException("an e-mail delivery without address")));
        message.setSubject(delivery.title());
        message.setText(delivery.body());
        try {
            mail.send(message);
        } catch (MailException down) {
            throw new ChannelUnavailableException("SMTP did not take the message: " + down.getClass().getSimpleName(), down);
        }
    }
}
