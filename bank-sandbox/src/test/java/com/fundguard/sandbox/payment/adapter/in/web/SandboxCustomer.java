package com.fundguard.sandbox.payment.adapter.in.web;

import com.fundguard.bank.channel.OnlineBankingLogin;
import com.fundguard.bank.channel.SignedOrder;
import com.fundguard.bank.iso20022.Pain001Writer;
import com.fundguard.bank.iso20022.PaymentOrder;
import com.fundguard.bank.signing.Pkcs12SigningToken;
import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.sandbox.account.application.AccountOpening;
import com.fundguard.sandbox.account.application.OnlineBanking;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A customer of the sandbox bank for the channel tests: accounts, online banking, a PKCS#12 UKEY, signed orders. */
final class SandboxCustomer {

    static final Currency CNY = Currency.getInstance("CNY");
    static final String PASSWORD = "correct horse battery";
    static final String UKEY_PIN = "ukey-pin-1234";

    final CertificateAuthority ukeyCa = CertificateAuthority.createRoot("Sandbox Bank UKEY CA", Duration.ofDays(30), Clock.systemUTC());
    final Pkcs12SigningToken ukey;
    final X509Certificate ukeyCertificate;
    final Pkcs12SigningToken strangerUkey;

    SandboxCustomer(Path directory) {
        KeyPair key = CertificateAuthority.newKeyPair();
        ukeyCertificate = ukeyCa.issueAgent(key.getPublic(), UUID.randomUUID(), "ukey-1", Duration.ofDays(30));
        ukey = new Pkcs12SigningToken(write(directory.resolve("ukey.p12"), ukeyCa.pkcs12For(key.getPrivate(), ukeyCertificate, UKEY_PIN.toCharArray())), "fundguard");
        KeyPair other = CertificateAuthority.newKeyPair();
        X509Certificate otherCertificate = ukeyCa.issueAgent(other.getPublic(), UUID.randomUUID(), "ukey-2", Duration.ofDays(30));
        strangerUkey = new Pkcs12SigningToken(write(directory.resolve("stranger.p12"),
                ukeyCa.pkcs12For(other.getPrivate(), otherCertificate, UKEY_PIN.toCharArray())), "fundguard");
    }

    static String newAccount() {
        return "CN62" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    static String newEndToEndId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** An account with online banking registered to this customer's UKEY. */
    String openWithOnlineBanking(AccountOpening accounts, OnlineBanking onlineBanking, String balance) {
        String account = newAccount();
        accounts.open(account, "Hangzhou Tea Trading Co.", CNY, new BigDecimal(balance));
        onlineBanking.register(account, PASSWORD.toCharArray(), CertificateAuthority.pem(ukeyCertificate));
        return account;
    }

    static PaymentOrder order(String endToEndId, String debtor, String creditor, String creditorBank, String amount) {
        return new PaymentOrder(endToEndId, "Hangzhou Tea Trading Co.", debtor, "FGSANDBOX", "Shanghai Steel Co.", creditor, creditorBank,
                new BigDecimal(amount), CNY, LocalDate.now(), "Invoice 42");
    }

    SignedOrder signed(PaymentOrder order) {
        return signedBy(ukey, order);
    }

    static SignedOrder signedBy(Pkcs12SigningToken token, PaymentOrder order) {
        byte[] document = Pain001Writer.write(order, "FG-" + order.endToEndId().substring(0, 20), Instant.now());
        return new SignedOrder(order.debtorAccount(), order.endToEndId(), document, token.sign(document, UKEY_PIN.toCharArray()));
    }

    static OnlineBankingLogin login(String account) {
        return new OnlineBankingLogin(account, PASSWORD.toCharArray());
    }

    private static Path write(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
