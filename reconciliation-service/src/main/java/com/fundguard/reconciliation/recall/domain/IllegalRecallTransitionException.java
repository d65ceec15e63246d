package com.fundguard.reconciliation.recall.domain;

/** An act the recall's state does not allow: a final answer is never changed by a later one. */
public class IllegalRecallTransitionException extends RuntimeException {

    public IllegalRecallTransitionException(RecallState state, String act) {
        super("a recall " + state + " cannot be " + act);
    }
}
