package com.fundguard.local.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a child process and everything it started: politely first (SIGTERM), then for certain (SIGKILL). */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    public static void stop(ProcessHandle process, Duration patience) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!await(process, patience)) {
            process.destroyForcibly();
            await(process, Duration.ofSeconds(5));
        }
        for (ProcessHandle descendant : descendants) {
            if (descendant.isAlive()) {
                descendant.destroyForcibly();
            }
        }
    }

    private static boolean await(ProcessHandle process, Duration patience) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}
