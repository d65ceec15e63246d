package com.fundguard.identity.directory.domain;

/** What a person may do in one enterprise (DESIGN.md section 1). */
public enum Role {
    APPLICANT,
    AUDITOR,
    AUTHORIZER,
    OPERATOR,
    ENTERPRISE_ADMIN,
    PLATFORM_OPS;

    /** Roles that decide on money: granting one needs a second person to confirm. */
    public boolean decidesOnMoney() {
        return this == AUDITOR || this == AUTHORIZER;
    }

    /** Whether a role of this name exists (a token may name roles a newer release added). */
    public static boolean isNamed(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
