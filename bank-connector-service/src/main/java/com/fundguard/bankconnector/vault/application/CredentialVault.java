package com.fundguard.bankconnector.vault.application;

import com.fundguard.bank.channel.BankCredentials;
import com.fundguard.bankconnector.audit.application.AuditTrail;
import com.fundguard.bankconnector.payeraccount.application.PayerAccounts;
import com.fundguard.crypto.envelope.Envelope;
import com.fundguard.crypto.envelope.EnvelopeEncryption;
import com.fundguard.crypto.sealing.SealedBox;
import com.fundguard.crypto.sealing.Sealing;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Keeps each payer account's online-banking password and UKEY PIN: envelope-encrypted at rest (a data key per
 * secret, wrapped by the key-encryption key of the configured KeyProvider; the enterprise and the account as
 * associated data, so an envelope moved to another account does not open), opened only to be sealed at once to an
 * agent's one-time key. Every setting and every release goes into the enterprise's hash-chained audit log (who,
 * which revision, which claim; never the values). Nothing here returns them to a person.
 */
public class CredentialVault {

    private final CredentialsStore store;
    private final AuditTrail audit;
    private final PayerAccounts accounts;
    private final EnvelopeEncryption encryption;
    private final Sealing sealing = new Sealing();
    private final Clock clock;

    private final TransactionOperations transactions;

    public CredentialVault(CredentialsStore store, PayerAccounts accounts, EnvelopeEncryption encryption, AuditTrail audit,
                           TransactionOperations transactions, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.audit = audit;
        this.accounts = accounts;
        this.encryption = encryption;
        this.clock = clock;
    }

    /** Sets or rotates the account's credentials. Takes the arrays and wipes them. */
    public StoredCredentials set(UUID enterpriseId, String accountNumber, UUID setBy, char[] password, char[] pin) {
        try (BankCredentials credentials = new BankCredentials(password, pin)) {
            if (accounts.find(enterpriseId, accountNumber).isEmpty()) {
                throw new UnknownPayerAccountException(accountNumber);
            }
            byte[] plaintext = credentials.toBytes();
            try {
                Envelope envelope = encryption.encrypt(plaintext, associatedData(enterpriseId, accountNumber));
                // The new revision and its audit record commit together or not at all.
                return transactions.execute(status -> {
                    StoredCredentials stored = store.put(enterpriseId, accountNumber, envelope.toBase64(), setBy, Instant.now(clock));
                    audit.record(enterpriseId, "bank-credentials-set", Map.of("account", accountNumber, "revision",
                            Integer.toString(stored.revision()), "setBy", setBy.toString(), "keyId", envelope.keyId()), stored.setAt());
                    return stored;
                });
            } finally {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
    }

    /** Who set the account's credentials and when (never the credentials). */
    public Optional<StoredCredentials> describe(UUID enterpriseId, String accountNumber) {
        return store.find(enterpriseId, accountNumber);
    }

    /**
     * The credentials sealed to {@code recipient} for one claimed transfer; the caller has checked the claim is live
     * and the agent holds it. Recorded before it is returned.
     */
    public SealedBox releaseSealed(UUID enterpriseId, String accountNumber, UUID transferId, UUID claimId, String agentId,
                                   PublicKey recipient) {
        StoredCredentials stored = store.find(enterpriseId, accountNumber).orElseThrow(() -> new NoCredentialsException(accountNumber));
        byte[] plaintext = encryption.decrypt(Envelope.fromBase64(stored.envelope()), associatedData(enterpriseId, accountNumber));
        try {
            SealedBox sealed = sealing.seal(recipient, plaintext, BankCredentials.associatedData(claimId, enterpriseId, accountNumber));
            Instant now = Instant.now(clock);
            store.recordRelease(stored, transferId, claimId, agentId, now);
            audit.record(enterpriseId, "bank-credentials-released", Map.of("account", accountNumber, "revision", Integer.toString(stored.revision()),
                    "transferId", transferId.toString(), "claimId", claimId.toString(), "agentId", agentId), now);
            return sealed;
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static byte[] associatedData(UUID enterpriseId, String accountNumber) {
        return ("bank-credentials|" + enterpriseId + "|" + accountNumber).getBytes(StandardCharsets.UTF_8);
    }
}
