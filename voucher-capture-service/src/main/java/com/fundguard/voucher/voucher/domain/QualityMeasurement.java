package com.fundguard.voucher.voucher.domain;

/**
 * What the quality checks measured on an upright image.
 *
 * @param longSide          the original image's longer side in pixels
 * @param shortSide         its shorter side
 * @param sharpness         variance of the Laplacian of the grey image scaled to {@value #MEASURED_LONG_SIDE} px on
 *                          its longer side: low when edges are soft (out of focus, shaken)
 * @param meanBrightness    mean luminance, 0-255
 * @param overexposedShare  share of pixels at or above {@value #OVEREXPOSED_LEVEL}: blown-out highlights lose print
 */
public record QualityMeasurement(int longSide, int shortSide, double sharpness, double meanBrightness, double overexposedShare) {

    /** Sharpness is measured at one scale so that thresholds mean the same for every camera. */
    public static final int MEASURED_LONG_SIDE = 1000;
    public static final int OVEREXPOSED_LEVEL = 250;

    /**
     * Measures {@code grey} (already scaled to about {@value #MEASURED_LONG_SIDE} px on its longer side) of an image
     * that is {@code width} x {@code height} pixels at full size.
     */
    public static QualityMeasurement of(int width, int height, GreyImage grey) {
        long sum = 0;
        long overexposed = 0;
        for (int value : grey.luminance()) {
            sum += value;
            if (value >= OVEREXPOSED_LEVEL) {
                overexposed++;
            }
        }
        int pixels = grey.luminance().length;
        return new QualityMeasurement(Math.max(width, height), Math.min(width, height), laplacianVariance(grey),
                sum / (double) pixels, overexposed / (double) pixels);
    }

    /** Variance of the 4-neighbour Laplacian (0 1 0 / 1 -4 1 / 0 1 0) over the interior pixels. */
    static double laplacianVariance(GreyImage grey) {
        int width = grey.width();
        int height = grey.height();
        if (width < 3 || height < 3) {
            return 0;
        }
        int[] l = grey.luminance();
        double sum = 0;
        double sumOfSquares = 0;
        long count = 0;
        for (int y = 1; y < height - 1; y++) {
            int row = y * width;
            for (int x = 1; x < width - 1; x++) {
                int i = row + x;
                int laplacian = l[i - 1] + l[i + 1] + l[i - width] + l[i + width] - 4 * l[i];
                sum += laplacian;
                sumOfSquares += (double) laplacian * laplacian;
                count++;
            }
        }
        double mean = sum / count;
        return sumOfSquares / count - mean * mean;
    }
}
