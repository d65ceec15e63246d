package com.fundguard.identity.directory.domain;

/** What a person may do in one enterprise (DESIGN.md section 1). */
public enum Role {
    APPLICANT,
    AUDITOR,
    AUTHORIZER,
    OPERATOR,
    ENTERPRISE_ADMIN,
    PLATFORM_OPS;

    /** Roles that decide on money: granting them will need a second person (identity issue). */
    public boolean decidesOnMoney() {
        return this == AUDITOR || this == AUTHORIZER;
    }
}
