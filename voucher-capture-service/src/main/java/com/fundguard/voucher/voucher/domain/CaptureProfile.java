package com.fundguard.voucher.voucher.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The clarity and exposure an enterprise demands of images from one kind of capture device (the patent's clarity and
 * focus settings). Served to capture clients so that they check before uploading; applied again to every upload.
 *
 * @param minSharpness        minimum variance of the Laplacian (see {@link QualityMeasurement})
 * @param maxOverexposedShare 1.0 turns the blown-out check off (a scanner's white paper is not blown out)
 */
public record CaptureProfile(CaptureDevice device, int minLongSide, int minShortSide, double minSharpness, double minBrightness,
                             double maxBrightness, double maxOverexposedShare) {

    public CaptureProfile {
        if (device == null) {
            throw new IllegalArgumentException("a profile is for one capture device");
        }
        if (minLongSide < 1 || minShortSide < 1 || minShortSide > minLongSide) {
            throw new IllegalArgumentException("minShortSide must be at least 1 and at most minLongSide");
        }
        if (minSharpness < 0) {
            throw new IllegalArgumentException("minSharpness cannot be negative");
        }
        if (minBrightness < 0 || maxBrightness > 255 || minBrightness >= maxBrightness) {
            throw new IllegalArgumentException("brightness bounds must satisfy 0 <= minBrightness < maxBrightness <= 255");
        }
        if (maxOverexposedShare <= 0 || maxOverexposedShare > 1) {
            throw new IllegalArgumentException("maxOverexposedShare is a share in (0, 1]");
        }
    }

    /** What an enterprise gets until its admin sets its own. */
    public static CaptureProfile standard(CaptureDevice device) {
        return switch (device) {
            // About 2 megapixels: an A4 invoice's small print stays readable. Sharpness 150: a sharp photo of an A4
            // page measures in the thousands, the same shaken by a 5-pixel blur about 680 and by a 9-pixel blur
            // (print no longer readable) about 120 (ImageIoVoucherInspectorTest's generated invoices).
            case PHONE_CAMERA -> new CaptureProfile(device, 1600, 1200, 150, 60, 240, 0.35);
            case DOCUMENT_CAMERA -> new CaptureProfile(device, 1600, 1200, 150, 60, 245, 0.5);
            // A4 at 150 dpi is 1240 x 1754.
            case SCANNER -> new CaptureProfile(device, 1700, 1200, 200, 60, 255, 1.0);
        };
    }

    /** Every check the measured image fails, each with what was measured and the threshold; empty when it passes. */
    public List<QualityShortfall> assess(QualityMeasurement measured) {
        List<QualityShortfall> shortfalls = new ArrayList<>();
        if (measured.longSide() < minLongSide) {
            shortfalls.add(new QualityShortfall(QualityShortfall.Check.LONG_SIDE_TOO_SMALL, measured.longSide(), minLongSide));
        }
        if (measured.shortSide() < minShortSide) {
            shortfalls.add(new QualityShortfall(QualityShortfall.Check.SHORT_SIDE_TOO_SMALL, measured.shortSide(), minShortSide));
        }
        if (measured.sharpness() < minSharpness) {
            shortfalls.add(new QualityShortfall(QualityShortfall.Check.NOT_SHARP, measured.sharpness(), minSharpness));
        }
        if (measured.meanBrightness() < minBrightness) {
            shortfalls.add(new QualityShortfall(QualityShortfall.Check.TOO_DARK, measured.meanBrightness(), minBrightness));
        }
        if (measured.meanBrightness() > maxBrightness) {
            shortfalls.add(new QualityShortfall(QualityShortfall.Check.TOO_BRIGHT, measured.meanBrightness(), maxBrightness));
        }
        if (measured.overexposedShare() > maxOverexposedShare) {
            shortfalls.add(new QualityShortfall(QualityShortfall.Check.BLOWN_OUT, measured.overexposedShare(), maxOverexposedShare));
        }
        return List.copyOf(shortfalls);
    }
}
