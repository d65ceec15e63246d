package com.fundguard.identity.access;

import com.fundguard.identity.directory.application.Users;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The person behind a passkey sign-in: the passkey's user entity is named by the user id, so that is what is looked
 * up. No password is involved (passwords are checked by SignIn, with its lockout); roles go into tokens from the
 * directory when they are issued.
 */
class PasskeyUsers implements UserDetailsService {

    private final Users users;

    PasskeyUsers(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        try {
            return users.byId(UUID.fromString(name))
                    .map(user -> User.withUsername(user.id().toString()).password("").authorities(List.of()).build())
                    .orElseThrow(() -> new UsernameNotFoundException("no such person"));
        } catch (IllegalArgumentException notAnId) {
            throw new UsernameNotFoundException("no such person");
        }
    }
}
