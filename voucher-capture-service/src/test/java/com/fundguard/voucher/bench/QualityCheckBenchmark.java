package com.fundguard.voucher.bench;

import com.fundguard.voucher.voucher.adapter.out.imaging.ImageIoVoucherInspector;
import com.fundguard.voucher.voucher.domain.CaptureDevice;
import com.fundguard.voucher.voucher.domain.CaptureFacts;
import com.fundguard.voucher.voucher.domain.CaptureProfile;
import com.fundguard.voucher.voucher.domain.Images;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The quality check of one 12-megapixel photo (4000 x 3000 JPEG of an A4 invoice, quality 0.9) as an upload meets
 * it: header and polyglot checks, subsampled decode, EXIF, grey, upright, downscale, Laplacian, exposure, dHash, the
 * thumbnail and the profile. Not a test: run it by hand (README, "Figures").
 */
public final class QualityCheckBenchmark {

    public static void main(String[] args) throws Exception {
        int warmUp = Integer.getInteger("warmUp", 10);
        int runs = Integer.getInteger("runs", 40);
        byte[] photo = Images.jpeg(Images.document(4000, 3000, 0, 1.0), 0.9f);
        Path file = Files.write(Files.createTempFile("twelve-megapixels", ".jpg"), photo);
        ImageIoVoucherInspector inspector = new ImageIoVoucherInspector(50_000_000, 20_000, 50);
        CaptureProfile profile = CaptureProfile.standard(CaptureDevice.PHONE_CAMERA);
        for (int i = 0; i < warmUp; i++) {
            profile.assess(inspector.inspect(file, VoucherMediaType.JPEG).facts().quality().orElseThrow());
        }
        long[] nanos = new long[runs];
        CaptureFacts facts = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            facts = inspector.inspect(file, VoucherMediaType.JPEG).facts();
            profile.assess(facts.quality().orElseThrow());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%nquality check of a 12-megapixel JPEG (%d bytes), %d runs after %d warm-up:%n", photo.length, runs, warmUp);
        System.out.printf("  p50 %.1f ms   p90 %.1f ms   max %.1f ms%n", nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs - 1] / 1e6);
        System.out.printf("  measured: %s%n", facts.quality().orElseThrow());
        Files.delete(file);
    }
}
