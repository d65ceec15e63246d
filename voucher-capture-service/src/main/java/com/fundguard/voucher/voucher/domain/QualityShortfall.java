package com.fundguard.voucher.voucher.domain;

/** One check an image failed: what was measured and the profile's threshold it missed. */
public record QualityShortfall(Check check, double measured, double threshold) {

    public enum Check {
        LONG_SIDE_TOO_SMALL("the longer side has fewer pixels than the profile needs"),
        SHORT_SIDE_TOO_SMALL("the shorter side has fewer pixels than the profile needs"),
        NOT_SHARP("the image is blurred (variance of the Laplacian below the profile's minimum)"),
        TOO_DARK("the image is too dark (mean brightness below the profile's minimum)"),
        TOO_BRIGHT("the image is too bright (mean brightness above the profile's maximum)"),
        BLOWN_OUT("too much of the image is blown out (share of pixels at full brightness above the profile's maximum)");

        public final String explanation;

        Check(String explanation) {
            this.explanation = explanation;
        }
    }
}
