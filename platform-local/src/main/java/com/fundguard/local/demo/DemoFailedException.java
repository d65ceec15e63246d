package com.fundguard.local.demo;

/** A step of the demo did not go as the main flow says it should; the message says which and what the platform answered. */
public class DemoFailedException extends RuntimeException {

    public DemoFailedException(String message) {
        super(message);
    }
}
