package com.fundguard.notification;

import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** A person's inbox, stream and preferences are theirs: nobody else of the enterprise reads or sets them. */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    public static void require(UUID userId, Jwt token, String what) {
        if (!Caller.of(token).userId().filter(userId::equals).isPresent()) {
            throw new AccessRefusedException(what + " is read and set by its owner only");
        }
    }
}
