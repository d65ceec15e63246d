package com.fundguard.notification.inbox.domain;

import java.util.UUID;

/** Something the applicant of a transfer is told about it. */
public interface ApplicantNotice {

    UUID transferId();

    String title();

    String body();
}
