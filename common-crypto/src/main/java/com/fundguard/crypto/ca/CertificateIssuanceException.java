package com.fundguard.crypto.ca;

public class CertificateIssuanceException extends RuntimeException {

    public CertificateIssuanceException(String message) {
        super(message);
    }
}
