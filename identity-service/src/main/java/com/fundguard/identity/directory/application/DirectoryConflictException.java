package com.fundguard.identity.directory.application;

/** The registration asks for something other than what exists under that id or username. */
public class DirectoryConflictException extends RuntimeException {

    public DirectoryConflictException(String message) {
        super(message);
    }
}
