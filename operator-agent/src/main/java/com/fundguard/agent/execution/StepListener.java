package com.fundguard.agent.execution;

/**
 * Told of every step an attempt reaches, after the journal recorded it where it records it: the status page follows
 * the work this way. Called on the executing thread; an exception thrown here ends the attempt as a crash would.
 */
@FunctionalInterface
public interface StepListener {

    void reached(Journal.Entry progress);

    StepListener NONE = progress -> { };

    default StepListener andThen(StepListener next) {
        return progress -> {
            reached(progress);
            next.reached(progress);
        };
    }
}
