package com.fundguard.crypto.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    static final HexFormat HEX = HexFormat.of();
    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 raw key bytes follow. */
    static final String ED25519_SPKI_PREFIX = "302a300506032b6570032100";

    /** RFC 8032 section 7.1, TEST 1, TEST 2 and TEST 3: secret key, public key, message, signature. */
    @ParameterizedTest(name = "RFC 8032 7.1 {0}")
    @CsvSource({
            "TEST 1, 9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60, d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '', e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
            "TEST 2, 4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb, 3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72, 92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
            "TEST 3, c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7, fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025, af82, 6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"})
    void ed25519MatchesThePublishedVectors(String name, String secret, String publicKey, String message, String signature) throws Exception {
        PrivateKey privateKey = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, HEX.parseHex(secret)));
        PublicKey verifier = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(HEX.parseHex(ED25519_SPKI_PREFIX + publicKey)));
        byte[] data = HEX.parseHex(message);

        assertThat(HEX.formatHex(Signatures.sign(privateKey, data))).isEqualTo(signature);
        assertThat(Signatures.verify(verifier, data, HEX.parseHex(signature))).isTrue();
        assertThat(Signatures.verify(verifier, (message + "00").getBytes(), HEX.parseHex(signature))).isFalse();
    }

    @Test
    void anEcdsaSignatureVerifiesOnlyForItsDataAndKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var keys = generator.generateKeyPair();
        byte[] order = "pain.001 TR-20261123-000042 125000.50 CNY".getBytes();

        byte[] signature = Signatures.sign(keys.getPrivate(), order);

        assertThat(Signatures.verify(keys.getPublic(), order, signature)).isTrue();
        assertThat(Signatures.verify(keys.getPublic(), "pain.001 TR-20261123-000042 925000.50 CNY".getBytes(), signature)).isFalse();
        assertThat(Signatures.verify(generator.generateKeyPair().getPublic(), order, signature)).isFalse();
        byte[] tampered = signature.clone();
        tampered[tampered.length - 1] ^= 0x01;
        assertThat(Signatures.verify(keys.getPublic(), order, tampered)).isFalse();
        assertThat(Signatures.verify(keys.getPublic(), order, new byte[] {1, 2, 3})).isFalse();
    }
}
