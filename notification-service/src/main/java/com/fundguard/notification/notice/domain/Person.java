package com.fundguard.notification.notice.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A person of one enterprise as the directory lists them; the directory may not know their language. */
public record Person(UUID id, Optional<Locale> locale) {
}
