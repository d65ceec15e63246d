package com.fundguard.identity.directory.adapter.out.persistence;

import com.fundguard.identity.directory.application.PasswordHasher;
import java.nio.CharBuffer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Argon2id with Spring Security's current recommended parameters (OWASP password storage guidance). */
public class Argon2PasswordHasher implements PasswordHasher {

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Override
    public String hash(char[] password) {
        return encoder.encode(CharBuffer.wrap(password));
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return encoder.matches(CharBuffer.wrap(password), hash);
    }
}
