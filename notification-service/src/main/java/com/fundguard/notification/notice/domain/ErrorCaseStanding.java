package com.fundguard.notification.notice.domain;

/** How an error case stands when it is escalated past its deadline: what the people it is escalated to must chase. */
public enum ErrorCaseStanding {
    /** Nobody has taken the case: someone must. */
    NOBODY_TOOK_IT,
    /** Its owner has it and has not resolved it. */
    TAKEN,
    /** A resolution is proposed and waits for a second person's approval. */
    RESOLUTION_PROPOSED
}
