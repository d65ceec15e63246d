package com.fundguard.reconciliation.bench;

import com.fundguard.reconciliation.statement.adapter.in.file.CamtStatementReader;
import com.fundguard.reconciliation.statement.application.StatementVisitor;
import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Streams a generated camt.053.001.08 of about 1.1 GB (1,000,000 entries of about 1.1 KB; {@link GeneratedCamt053})
 * through the camt.053 reader and prints how fast and in how much heap. Run by hand with a small heap to show that the
 * file's size does not reach the heap, e.g. from the repository root after {@code ./mvnw -o test-compile -pl
 * reconciliation-service}:
 *
 * <pre>
 * cd reconciliation-service &amp;&amp; ../mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     com.fundguard.reconciliation.bench.LargeCamtImportBenchmark [entries]
 * </pre>
 *
 * Peak heap is the sum of each heap pool's peak after a GC before the run (an upper bound on what was live at once),
 * and the largest used heap a sampler saw every 10 ms.
 */
public final class LargeCamtImportBenchmark {

    private LargeCamtImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long entries = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        CountingStream file = new CountingStream(new GeneratedCamt053(entries));
        Tally tally = new Tally();

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long started = System.nanoTime();
        CamtStatementReader.camt053().read(file, "generated.xml", tally);
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.stopSampling();

        long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long gcCount = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        BigDecimal expectedClosing = BigDecimal.valueOf(GeneratedCamt053.closingCents(entries), 2);

        System.out.printf("file             %,d bytes (%.2f GiB), %,d entries generated%n", file.count, file.count / (double) (1L << 30), entries);
        System.out.printf("read             %,d entries in %.1f s: %,.0f entries/s, %.1f MB/s%n", tally.entries, seconds,
                tally.entries / seconds, file.count / seconds / 1e6);
        System.out.printf("max heap         %,d MB (-Xmx)%n", Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("peak heap        %,d MB (sum of pool peaks), %,d MB (largest sampled use)%n", poolPeaks >> 20, sampler.peak >> 20);
        System.out.printf("gc               %,d collections, %,d ms%n", gcCount, gcMillis);
        System.out.printf("balances         opening %s + entries %s = %s; CLBD %s: %s%n", tally.opening, tally.net,
                tally.opening.add(tally.net), tally.closing, tally.opening.add(tally.net).compareTo(tally.closing) == 0
                        && tally.closing.compareTo(expectedClosing) == 0 && tally.entries == entries ? "adds up" : "DOES NOT ADD UP");
    }

    /** Keeps only counts and sums: what an import would write away, it does not hold. */
    private static final class Tally implements StatementVisitor {
        long entries;
        BigDecimal opening = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal closing = BigDecimal.ZERO;

        @Override
        public void begin(StatementHeader header) {
            opening = header.openingBalance().map(Balance::signedAmount).orElseThrow();
        }

        @Override
        public void entry(StatementEntry entry) {
            entries++;
            net = net.add(entry.signedAmount());
        }

        @Override
        public void end(Optional<Balance> closingBalance) {
            closing = closingBalance.map(Balance::signedAmount).orElseThrow();
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        volatile long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() throws InterruptedException {
            running = false;
            join();
        }
    }
}
