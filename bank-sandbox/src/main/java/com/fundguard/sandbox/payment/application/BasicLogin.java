package com.fundguard.sandbox.payment.application;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/** The online-banking login of an HTTP Basic header. {@link #wipe()} when done: the password is the only copy. */
public final class BasicLogin {

    private final String account;
    private final char[] password;

    private BasicLogin(String account, char[] password) {
        this.account = account;
        this.password = password;
    }

    public static Optional<BasicLogin> of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int colon = -1;
            for (int i = 0; i < chars.length(); i++) {
                if (chars.get(i) == ':') {
                    colon = i;
                    break;
                }
            }
            if (colon < 1) {
                return Optional.empty();
            }
            char[] password = new char[chars.length() - colon - 1];
            chars.position(colon + 1).get(password);
            return Optional.of(new BasicLogin(chars.flip().limit(colon).toString(), password));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    public String account() {
        return account;
    }

    public char[] password() {
        return password;
    }

    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "BasicLogin[" + account + ", password=(hidden)]";
    }
}
