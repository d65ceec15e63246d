package com.fundguard.voucher.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaptureProfileTest {

    final CaptureProfile phone = CaptureProfile.standard(CaptureDevice.PHONE_CAMERA);

    @Test
    void namesEveryFailedCheckWithWhatWasMeasuredAndTheThreshold() {
        QualityMeasurement poor = new QualityMeasurement(1024, 768, 12.5, 31.0, 0.0);

        assertThat(phone.assess(poor)).containsExactly(
                new QualityShortfall(QualityShortfall.Check.LONG_SIDE_TOO_SMALL, 1024, 1600),
                new QualityShortfall(QualityShortfall.Check.SHORT_SIDE_TOO_SMALL, 768, 1200),
                new QualityShortfall(QualityShortfall.Check.NOT_SHARP, 12.5, 150),
                new QualityShortfall(QualityShortfall.Check.TOO_DARK, 31.0, 60));
    }

    @Test
    void aScannersWhitePaperIsNotBlownOutButAPhonesIs() {
        QualityMeasurement whitePage = new QualityMeasurement(2480, 1754, 400, 235, 0.8);

        assertThat(CaptureProfile.standard(CaptureDevice.SCANNER).assess(whitePage)).isEmpty();
        assertThat(phone.assess(whitePage)).extracting(QualityShortfall::check).containsExactly(QualityShortfall.Check.BLOWN_OUT);
    }

    @Test
    void refusesAProfileThatCannotBeMet() {
        assertThatThrownBy(() -> new CaptureProfile(CaptureDevice.SCANNER, 1000, 2000, 50, 60, 250, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaptureProfile(CaptureDevice.SCANNER, 2000, 1000, 50, 200, 100, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaptureProfile(CaptureDevice.SCANNER, 2000, 1000, 50, 60, 250, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVarianceOfTheLaplacianIsZeroOnAFlatImageAndHighOnEdges() {
        int[] flat = new int[100];
        java.util.Arrays.fill(flat, 128);
        int[] checker = new int[100];
        for (int i = 0; i < checker.length; i++) {
            checker[i] = ((i % 10) + (i / 10)) % 2 == 0 ? 0 : 255;
        }

        assertThat(QualityMeasurement.laplacianVariance(new GreyImage(10, 10, flat))).isZero();
        assertThat(QualityMeasurement.laplacianVariance(new GreyImage(10, 10, checker))).isGreaterThan(10_000);
    }

    @Test
    void anImageTurnedBySixIsShownRotatedClockwise() {
        GreyImage stored = new GreyImage(3, 2, new int[] {1, 2, 3, 4, 5, 6});

        GreyImage shown = stored.upright(6);

        assertThat(shown.width()).isEqualTo(2);
        assertThat(shown.luminance()).containsExactly(4, 1, 5, 2, 6, 3);
    }
}
