package com.fundguard.voucher.voucher.adapter.out.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.fundguard.voucher.voucher.domain.Images;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a phone writes into a photo, and what is left of it once stored. */
class ImageMetadataStripperTest {

    final ImageMetadataStripper stripper = new ImageMetadataStripper();

    @TempDir Path directory;

    static byte[] phonePhoto() {
        return Images.withPhoneExif(Images.jpeg(Images.document(1000, 750, 0, 1.0), 0.85f));
    }

    byte[] stripped(byte[] original, VoucherMediaType type) throws Exception {
        Path in = Files.write(directory.resolve("in"), original);
        Path out = directory.resolve("out");
        stripper.strip(in, type, out);
        return Files.readAllBytes(out);
    }

    static byte[] pixels(byte[] image) throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        return ((DataBufferByte) decoded.getRaster().getDataBuffer()).getData();
    }

    @Test
    void aJpegLosesItsPositionAndOwnerButKeepsOrientationCaptureTimeAndEveryPixel() throws Exception {
        byte[] original = phonePhoto();
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(original)).getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();

        byte[] kept = stripped(original, VoucherMediaType.JPEG);

        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(kept));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        ExifIFD0Directory root = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(root.getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        assertThat(root.containsTag(ExifIFD0Directory.TAG_ARTIST)).isFalse();
        assertThat(root.containsTag(ExifIFD0Directory.TAG_MAKE)).isFalse();
        assertThat(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class).getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL))
                .isEqualTo("2026:11:20 09:41:07");
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Chen Jing");
        assertThat(pixels(kept)).isEqualTo(pixels(original));
    }

    @Test
    void aPngLosesItsTextChunksAndKeepsEveryPixel() throws Exception {
        byte[] png = Images.png(Images.document(400, 300, 0, 1.0));
        // A tEXt chunk right after IHDR (8 + 25 bytes), as photo tools write an author.
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, 33);
        byte[] text = "Author\0Chen Jing, Hangzhou".getBytes(StandardCharsets.ISO_8859_1);
        withText.write(java.nio.ByteBuffer.allocate(4).putInt(text.length).array());
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(text);
        withText.write("tEXt".getBytes(StandardCharsets.US_ASCII));
        withText.write(text);
        withText.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        withText.write(png, 33, png.length - 33);
        byte[] original = withText.toByteArray();

        byte[] kept = stripped(original, VoucherMediaType.PNG);

        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Chen Jing");
        assertThat(kept).hasSize(png.length);
        assertThat(pixels(kept)).isEqualTo(pixels(original));
    }

    @Test
    void aPdfIsStoredAsUploaded() throws Exception {
        byte[] pdf = Images.pdf();

        assertThat(stripped(pdf, VoucherMediaType.PDF)).isEqualTo(pdf);
    }
}
