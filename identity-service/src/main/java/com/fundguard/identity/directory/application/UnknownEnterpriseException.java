package com.fundguard.identity.directory.application;

import java.util.UUID;

public class UnknownEnterpriseException extends RuntimeException {

    public UnknownEnterpriseException(UUID enterpriseId) {
        super("no enterprise " + enterpriseId);
    }
}
