package com.fundguard.gateway.access;

/** The platform's roles as identity-service writes them into the {@code roles} claim (DESIGN.md section 1). */
public enum Role {
    APPLICANT, AUDITOR, AUTHORIZER, OPERATOR, ENTERPRISE_ADMIN, PLATFORM_OPS
}
