package com.fundguard.reconciliation.bench;

import com.fundguard.reconciliation.matching.domain.FindingType;
import com.fundguard.reconciliation.matching.domain.GeneratedMonth;
import com.fundguard.reconciliation.matching.domain.Matcher;
import com.fundguard.reconciliation.matching.domain.MatchingResult;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The matcher against a generated month with a known truth (README, "Benchmark: matching"). Not a test: run by hand
 * with {@code -Xmx1g}. Prints the time of the matching run alone (generating the data is timed apart), the heap it
 * needed, the auto-match rate, false and missed matches against the truth and the findings by type.
 *
 * <p>Peak heap is sampled every millisecond while the matcher runs (used heap, live and garbage not yet collected,
 * so an upper bound of what it needs) and also read from the heap pools' peak counters; "after GC" is the heap in use
 * after a full collection with the input and the result still held.
 */
public final class MatchingBenchmark {

    private static final double MIB = 1024.0 * 1024.0;

    public static void main(String[] args) throws Exception {
        int transfers = Integer.getInteger("transfers", 1_000_000);
        long seed = Long.getLong("seed", 8L);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %.0f MiB, GC %s%n", Runtime.version(),
                runtime.availableProcessors(), runtime.maxMemory() / MIB, collectors());

        long generating = System.nanoTime();
        GeneratedMonth.Generated month = GeneratedMonth.generate(transfers, seed);
        double generated = (System.nanoTime() - generating) / 1e9;
        System.gc();
        double inputHeap = used() / MIB;
        System.out.printf(Locale.ROOT, "generated %,d statement lines and %,d expected movements in %.1f s (seed %d);"
                        + " heap after GC with the input held: %.0f MiB%n", month.lines().size(),
                month.expectations().size(), generated, seed, inputHeap);

        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peak = new AtomicLong(used());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        MatchingResult result = new Matcher(GeneratedMonth.POLICY).match(month.lines(), month.expectations());
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        peak.accumulateAndGet(used(), Math::max);
        long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        double afterGc = used() / MIB;

        GeneratedMonth.Score score = GeneratedMonth.score(month, result);
        System.out.printf(Locale.ROOT, "matching: %.2f s%n", elapsed);
        System.out.printf(Locale.ROOT, "heap: peak used %.0f MiB (sampled), heap pools' peaks summed %.0f MiB;"
                + " after GC, input and result held: %.0f MiB (input alone %.0f MiB)%n", peak.get() / MIB,
                poolPeaks / MIB, afterGc, inputHeap);
        System.out.printf(Locale.ROOT, "auto-matched: %,d of %,d transfers expecting a debit (%.2f %%), %,d of %,d plain"
                        + " debit lines (%.2f %%), in %,d matches%n", score.matchedTransfers(),
                score.transfersExpectingDebit(), 100.0 * score.matchedTransfers() / score.transfersExpectingDebit(),
                score.matchedLines(), score.plainDebits(), 100.0 * score.matchedLines() / score.plainDebits(),
                result.matches().size());
        System.out.printf(Locale.ROOT, "against the truth: %,d matches expected, %,d found right, false matches %d,"
                + " missed %d; findings not called for by the truth: %d%n", score.truthMatches(), score.correct(),
                score.falseMatches(), score.missed(), score.findingsAgainstTruth());
        for (FindingType type : FindingType.values()) {
            System.out.printf(Locale.ROOT, "  %-28s %,8d found, %,8d in the truth%n", type,
                    score.findings().getOrDefault(type, 0), score.expectedFindings().getOrDefault(type, 0));
        }
        score.falseMatchExamples().forEach(example -> System.out.println("  e.g. " + example));
        System.out.printf(Locale.ROOT, "by rule: %s%n", result.matches().stream().collect(
                java.util.stream.Collectors.groupingBy(match -> match.rule(), java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())));
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String collectors() {
        return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }
}
