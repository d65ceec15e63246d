package com.fundguard.voucher.voucher.domain;

/**
 * A 64-bit perceptual hash (dHash): the image scaled to 9 x 8 grey pixels, one bit per horizontal neighbour pair
 * (is the left one brighter?). Re-encoding, resizing and mild exposure changes flip few bits, so a small Hamming
 * distance between two hashes means the same picture.
 */
public final class DifferenceHash {

    public static final int WIDTH = 9;
    public static final int HEIGHT = 8;
    /** At most this many differing bits of 64: the same voucher photographed or encoded again. */
    public static final int NEAR_DUPLICATE_DISTANCE = 10;

    private DifferenceHash() {
    }

    public static long of(GreyImage nineByEight) {
        if (nineByEight.width() != WIDTH || nineByEight.height() != HEIGHT) {
            throw new IllegalArgumentException("a difference hash is taken of a 9 x 8 image");
        }
        long hash = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH - 1; x++) {
                hash = (hash << 1) | (nineByEight.at(x, y) > nineByEight.at(x + 1, y) ? 1 : 0);
            }
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean nearDuplicates(long a, long b) {
        return distance(a, b) <= NEAR_DUPLICATE_DISTANCE;
    }
}
