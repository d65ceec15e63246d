package com.fundguard.identity.signin.adapter.in.web;

import com.fundguard.identity.signin.application.SignIn;
import com.fundguard.identity.signin.application.SignInAccount;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;

/**
 * The form login's password check. Every refusal is the same {@link BadCredentialsException} with the same words, so
 * the login page cannot tell "no such person" from "locked" from "wrong password". The authenticated principal's name
 * is the user's id: it becomes the tokens' {@code sub}.
 */
public class PasswordSignInProvider implements AuthenticationProvider {

    static final String REFUSAL = "The sign-in name or password is not right, or the account is locked for a while.";

    private final SignIn signIn;
    private final Clock clock;

    public PasswordSignInProvider(SignIn signIn, Clock clock) {
        this.signIn = signIn;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        char[] password = credentials == null ? new char[0] : credentials.toString().toCharArray();
        SignInAccount account = signIn.check(authentication.getName(), password)
                .orElseThrow(() -> new BadCredentialsException(REFUSAL));
        // The password factor and when it was proven: the ID token's auth_time, and what step-up checks look at.
        var factor = FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(clock.instant()).build();
        User principal = new User(account.userId().toString(), "", List.of(factor));
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of(factor));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
