package com.fundguard.voucher.voucher.adapter.out.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.voucher.voucher.application.VoucherRejectedException;
import com.fundguard.voucher.voucher.domain.CaptureDevice;
import com.fundguard.voucher.voucher.domain.CaptureFacts;
import com.fundguard.voucher.voucher.domain.CaptureProfile;
import com.fundguard.voucher.voucher.domain.DifferenceHash;
import com.fundguard.voucher.voucher.domain.Images;
import com.fundguard.voucher.voucher.domain.QualityShortfall;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real images made in the test, each with the outcome a treasury team expects of it. */
class ImageIoVoucherInspectorTest {

    static final BufferedImage INVOICE = Images.document(2000, 1500, 0, 1.0);
    static final CaptureProfile PHONE = CaptureProfile.standard(CaptureDevice.PHONE_CAMERA);

    final ImageIoVoucherInspector inspector = new ImageIoVoucherInspector(50_000_000, 20_000, 50);

    @TempDir Path directory;

    Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(directory, "upload", ".bin"), content);
    }

    List<QualityShortfall.Check> failedChecks(byte[] jpeg) throws IOException {
        CaptureFacts facts = inspector.inspect(file(jpeg), VoucherMediaType.JPEG).facts();
        return PHONE.assess(facts.quality().orElseThrow()).stream().map(QualityShortfall::check).toList();
    }

    @Test
    void aSharpPhotoOfAnInvoicePassesThePhoneProfile() throws IOException {
        assertThat(failedChecks(Images.jpeg(INVOICE, 0.9f))).isEmpty();
    }

    @Test
    void theSameInvoiceOutOfFocusFailsOnSharpnessAlone() throws IOException {
        byte[] blurred = Images.jpeg(Images.document(2000, 1500, 6, 1.0), 0.9f);

        CaptureFacts sharp = inspector.inspect(file(Images.jpeg(INVOICE, 0.9f)), VoucherMediaType.JPEG).facts();
        CaptureFacts soft = inspector.inspect(file(blurred), VoucherMediaType.JPEG).facts();

        assertThat(failedChecks(blurred)).containsExactly(QualityShortfall.Check.NOT_SHARP);
        assertThat(soft.quality().orElseThrow().sharpness()).isLessThan(sharp.quality().orElseThrow().sharpness() / 10);
    }

    @Test
    void anUnderexposedPhotoIsTooDark() throws IOException {
        assertThat(failedChecks(Images.jpeg(Images.document(2000, 1500, 0, 0.2), 0.9f))).contains(QualityShortfall.Check.TOO_DARK);
    }

    @Test
    void aBlownOutPhotoFailsTheBlownOutCheck() throws IOException {
        assertThat(failedChecks(Images.jpeg(Images.document(2000, 1500, 0, 1.5), 0.9f))).contains(QualityShortfall.Check.BLOWN_OUT);
    }

    @Test
    void aTinyImageHasTooFewPixelsOnBothSides() throws IOException {
        assertThat(failedChecks(Images.jpeg(Images.document(400, 300, 0, 1.0), 0.9f)))
                .contains(QualityShortfall.Check.LONG_SIDE_TOO_SMALL, QualityShortfall.Check.SHORT_SIDE_TOO_SMALL);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() throws IOException {
        byte[] bomb = Images.decompressionBomb(16_000);
        assertThat(bomb.length).isLessThan(1_000_000);

        assertThatThrownBy(() -> inspector.inspect(file(bomb), VoucherMediaType.PNG))
                .isInstanceOfSatisfying(VoucherRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VoucherRejectedException.Reason.TOO_MANY_PIXELS))
                .hasMessageContaining("16000 x 16000");
    }

    @Test
    void aJpegThatIsAlsoAPdfIsRefused() throws IOException {
        byte[] jpeg = Images.jpeg(INVOICE, 0.9f);
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        // A comment segment right after the start of image carrying a PDF: PDF readers look for %PDF- in the first KB.
        polyglot.write(jpeg, 0, 2);
        byte[] pdf = Images.pdf();
        polyglot.write(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) ((pdf.length + 2) >> 8), (byte) (pdf.length + 2)});
        polyglot.write(pdf);
        polyglot.write(jpeg, 2, jpeg.length - 2);

        assertThatThrownBy(() -> inspector.inspect(file(polyglot.toByteArray()), VoucherMediaType.JPEG))
                .isInstanceOfSatisfying(VoucherRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VoucherRejectedException.Reason.POLYGLOT));
    }

    @Test
    void aPngWithAZipArchiveAppendedIsRefused() throws IOException {
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.write(Images.png(Images.document(1800, 1300, 0, 1.0)));
        try (var zip = new java.util.zip.ZipOutputStream(polyglot)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("payload.html"));
            zip.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> inspector.inspect(file(polyglot.toByteArray()), VoucherMediaType.PNG))
                .isInstanceOfSatisfying(VoucherRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VoucherRejectedException.Reason.POLYGLOT));
    }

    @Test
    void aTruncatedJpegIsUnreadable() throws IOException {
        byte[] jpeg = Images.jpeg(INVOICE, 0.9f);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 600);

        assertThatThrownBy(() -> inspector.inspect(file(truncated), VoucherMediaType.JPEG))
                .isInstanceOfSatisfying(VoucherRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VoucherRejectedException.Reason.UNREADABLE));
    }

    @Test
    void aPdfIsCountedByPagesAndRefusedAboveTheLimit() throws IOException {
        assertThat(inspector.inspect(file(pdfOf(3)), VoucherMediaType.PDF).facts().pages()).isEqualTo(3);

        assertThatThrownBy(() -> inspector.inspect(file(pdfOf(51)), VoucherMediaType.PDF))
                .isInstanceOfSatisfying(VoucherRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VoucherRejectedException.Reason.TOO_MANY_PAGES));
    }

    @Test
    void theSamePhotoReEncodedAtAnotherQualityAndSizeHasANearlyEqualHashAndAnotherInvoiceDoesNot() throws IOException {
        long original = hashOf(Images.jpeg(INVOICE, 0.92f), VoucherMediaType.JPEG);
        long reEncoded = hashOf(Images.jpeg(Images.resized(INVOICE, 1700, 1275), 0.55f), VoucherMediaType.JPEG);
        long asPng = hashOf(Images.png(Images.resized(INVOICE, 1650, 1238)), VoucherMediaType.PNG);
        long different = hashOf(Images.jpeg(Images.anotherDocument(2000, 1500), 0.92f), VoucherMediaType.JPEG);

        assertThat(DifferenceHash.distance(original, reEncoded)).isLessThanOrEqualTo(DifferenceHash.NEAR_DUPLICATE_DISTANCE);
        assertThat(DifferenceHash.distance(original, asPng)).isLessThanOrEqualTo(DifferenceHash.NEAR_DUPLICATE_DISTANCE);
        assertThat(DifferenceHash.distance(original, different)).isGreaterThan(DifferenceHash.NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void theThumbnailIsASmallUprightJpegOfThePhoto() throws Exception {
        byte[] turned = Images.withPhoneExif(Images.jpeg(INVOICE, 0.9f));

        byte[] thumbnail = inspector.inspect(file(turned), VoucherMediaType.JPEG).thumbnail();

        BufferedImage small = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
        // 2000 x 1500 stored, orientation 6: shown 1500 wide and 2000 high, so the thumbnail is 240 x 320.
        assertThat(small.getWidth()).isEqualTo(240);
        assertThat(small.getHeight()).isEqualTo(320);
        assertThat(thumbnail.length).isLessThan(60_000);
    }

    @Test
    void aPdfsThumbnailIsItsFirstPage() throws Exception {
        byte[] thumbnail = inspector.inspect(file(pdfOf(2)), VoucherMediaType.PDF).thumbnail();

        BufferedImage small = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
        assertThat(Math.max(small.getWidth(), small.getHeight())).isBetween(300, 330);
    }

    long hashOf(byte[] image, VoucherMediaType type) throws IOException {
        return inspector.inspect(file(image), type).facts().differenceHash().orElseThrow();
    }

    static byte[] pdfOf(int pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
