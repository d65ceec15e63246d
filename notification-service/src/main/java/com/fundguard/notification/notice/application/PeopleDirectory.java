package com.fundguard.notification.notice.application;

import com.fundguard.notification.notice.domain.Person;
import java.util.List;
import java.util.UUID;

/** Who in one enterprise holds a role now (identity-service's directory). Fails loudly rather than answer "nobody". */
public interface PeopleDirectory {

    List<Person> holdersOf(UUID enterpriseId, String role);
}
