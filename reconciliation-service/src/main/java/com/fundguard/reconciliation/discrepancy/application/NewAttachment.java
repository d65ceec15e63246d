package com.fundguard.reconciliation.discrepancy.application;

import java.util.Optional;

/** A document as uploaded: its name, the content type the client claims, its bytes. */
public record NewAttachment(String fileName, Optional<String> declaredType, byte[] content) {
}
