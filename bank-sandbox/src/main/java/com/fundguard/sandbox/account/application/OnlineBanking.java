package com.fundguard.sandbox.account.application;

import com.fundguard.sandbox.account.domain.InvalidAccountException;
import com.fundguard.sandbox.account.domain.OnlineBankingRegistration;
import java.io.ByteArrayInputStream;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An account's online banking at the counter (registering the password and the UKEY certificate) and at the door of
 * the channel (checking a login). The password is hashed (Argon2id) and never kept; a login that fails says nothing
 * about whether the account or the password was wrong.
 */
public class OnlineBanking {

    private final OnlineBankingRegistrations registrations;
    private final BankAccounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public OnlineBanking(OnlineBankingRegistrations registrations, BankAccounts accounts, PasswordEncoder passwords, Clock clock) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Registers (or replaces) the account's online banking; empty when there is no such account. */
    public Optional<OnlineBankingRegistration> register(String accountNumber, char[] password, String signerCertificatePem) {
        OnlineBankingRegistration.checkPassword(password);
        X509Certificate signer = certificate(signerCertificatePem);
        if (accounts.find(accountNumber).isEmpty()) {
            return Optional.empty();
        }
        var registration = new OnlineBankingRegistration(accountNumber, passwords.encode(CharBuffer.wrap(password)), signer, clock.instant());
        registrations.save(registration);
        return Optional.of(registration);
    }

    /** The certificate orders from this account must be signed with, when the password is the account's. */
    public Optional<X509Certificate> logIn(String accountNumber, char[] password) {
        return registrations.find(accountNumber)
                .filter(registration -> passwords.matches(CharBuffer.wrap(password), registration.passwordHash()))
                .map(OnlineBankingRegistration::signerCertificate);
    }

    public static X509Certificate certificate(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new InvalidAccountException("signerCertificate", "must be a PEM X.509 certificate");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            throw new InvalidAccountException("signerCertificate", "is not a readable PEM X.509 certificate");
        }
    }
}
