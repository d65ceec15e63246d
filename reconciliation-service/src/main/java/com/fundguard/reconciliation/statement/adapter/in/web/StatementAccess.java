package com.fundguard.reconciliation.statement.adapter.in.web;

import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** Statements and their CSV mappings are the accounting side's: AUDITOR or AUTHORIZER of the enterprise (token). */
final class StatementAccess {

    private StatementAccess() {
    }

    static UUID check(Jwt token, UUID enterpriseId, String act) {
        Caller caller = Caller.of(token);
        UUID person = caller.personIn(enterpriseId);
        if (!caller.holdsIn(enterpriseId, "AUDITOR") && !caller.holdsIn(enterpriseId, "AUTHORIZER")) {
            throw new AccessRefusedException("only an AUDITOR or AUTHORIZER " + act);
        }
        return person;
    }
}
