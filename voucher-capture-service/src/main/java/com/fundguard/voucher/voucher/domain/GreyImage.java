package com.fundguard.voucher.voucher.domain;

/**
 * An image as luminance only (0 = black, 255 = white), row by row, already turned upright: what the quality checks
 * and the perceptual hash look at.
 */
public record GreyImage(int width, int height, int[] luminance) {

    public GreyImage {
        if (width <= 0 || height <= 0 || luminance == null || luminance.length != width * height) {
            throw new IllegalArgumentException("a grey image of " + width + "x" + height + " needs that many values");
        }
    }

    public int at(int x, int y) {
        return luminance[y * width + x];
    }

    /**
     * This image turned upright as EXIF orientation {@code orientation} (1-8) asks a viewer to show it; unknown
     * values leave it as it is.
     */
    public GreyImage upright(int orientation) {
        if (orientation < 2 || orientation > 8) {
            return this;
        }
        boolean swapsSides = orientation >= 5;
        int newWidth = swapsSides ? height : width;
        int newHeight = swapsSides ? width : height;
        int[] turned = new int[luminance.length];
        for (int y = 0; y < newHeight; y++) {
            for (int x = 0; x < newWidth; x++) {
                // Where the pixel shown at (x, y) is stored in this image.
                int sourceX;
                int sourceY;
                switch (orientation) {
                    case 2 -> { sourceX = width - 1 - x; sourceY = y; }
                    case 3 -> { sourceX = width - 1 - x; sourceY = height - 1 - y; }
                    case 4 -> { sourceX = x; sourceY = height - 1 - y; }
                    case 5 -> { sourceX = y; sourceY = x; }
                    case 6 -> { sourceX = y; sourceY = height - 1 - x; }
                    case 7 -> { sourceX = width - 1 - y; sourceY = height - 1 - x; }
                    default -> { sourceX = width - 1 - y; sourceY = x; }
                }
                turned[y * newWidth + x] = luminance[sourceY * width + sourceX];
            }
        }
        return new GreyImage(newWidth, newHeight, turned);
    }

    /** Scaled down by averaging whole boxes of pixels to at most {@code maxWidth} x {@code maxHeight}, keeping proportions unless {@code exact}. */
    public GreyImage shrunkTo(int maxWidth, int maxHeight, boolean exact) {
        int targetWidth;
        int targetHeight;
        if (exact) {
            targetWidth = maxWidth;
            targetHeight = maxHeight;
        } else {
            double scale = Math.min(1.0, Math.min(maxWidth / (double) width, maxHeight / (double) height));
            targetWidth = Math.max(1, (int) Math.round(width * scale));
            targetHeight = Math.max(1, (int) Math.round(height * scale));
        }
        if (targetWidth == width && targetHeight == height) {
            return this;
        }
        long[] sums = new long[targetWidth * targetHeight];
        int[] counts = new int[targetWidth * targetHeight];
        int[] targetColumn = new int[width];
        for (int x = 0; x < width; x++) {
            targetColumn[x] = (int) ((long) x * targetWidth / width);
        }
        for (int y = 0; y < height; y++) {
            int targetRow = (int) ((long) y * targetHeight / height) * targetWidth;
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int target = targetRow + targetColumn[x];
                sums[target] += luminance[row + x];
                counts[target]++;
            }
        }
        int[] shrunk = new int[sums.length];
        for (int i = 0; i < shrunk.length; i++) {
            shrunk[i] = counts[i] == 0 ? 0 : (int) (sums[i] / counts[i]);
        }
        return new GreyImage(targetWidth, targetHeight, shrunk);
    }
}
