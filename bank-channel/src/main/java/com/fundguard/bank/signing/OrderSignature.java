package com.fundguard.bank.signing;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Collection;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A detached CMS (PKCS#7) signature over a payment order, DER-encoded: the signer's certificate inside, SHA-256 with
 * the key's own algorithm (ECDSA or RSA). Bouncy Castle builds and checks it; the document travels beside it.
 */
public record OrderSignature(byte[] cms) {

    static OrderSignature of(byte[] document, PrivateKey key, X509Certificate certificate, Provider keyProvider) {
        try {
            JcaContentSignerBuilder signerBuilder = new JcaContentSignerBuilder(algorithmFor(key));
            if (keyProvider != null) {
                signerBuilder.setProvider(keyProvider);
            }
            ContentSigner signer = signerBuilder.build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(signer, certificate));
            generator.addCertificate(new JcaX509CertificateHolder(certificate));
            return new OrderSignature(generator.generate(new CMSProcessableByteArray(document), false).getEncoded());
        } catch (OperatorCreationException | CMSException | java.security.cert.CertificateEncodingException | java.io.IOException e) {
            throw new SigningRefusedException("the token could not sign: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Whether this is one valid signature over exactly {@code document} by the key of {@code registered} (the
     * certificate the bank has on file for the payer account, not the one the signature carries).
     */
    public boolean verifies(byte[] document, X509Certificate registered) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(document), cms);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return false;
            }
            return signers.iterator().next().verify(new JcaSimpleSignerInfoVerifierBuilder().build(registered));
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    private static String algorithmFor(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new SigningRefusedException("the token's key is neither EC nor RSA");
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderSignature that && java.util.Arrays.equals(cms, that.cms);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(cms);
    }

    @Override
    public String toString() {
        return "OrderSignature[" + cms.length + " bytes of CMS]";
    }
}
