package com.fundguard.voucher.voucher.adapter.out.imaging;

import com.fundguard.voucher.voucher.application.PersonalMetadata;
import com.fundguard.voucher.voucher.application.VoucherRejectedException;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * JPEG: Apache Commons Imaging rewrites the EXIF segment keeping only orientation and capture time, and removes
 * XMP and IPTC, all without touching the compressed image. PNG and WebP: their metadata chunks (text, EXIF, XMP,
 * time) are left out when the container is copied chunk by chunk, the image chunks byte for byte.
 */
public class ImageMetadataStripper implements PersonalMetadata {

    /** PNG chunks that carry words or times, never pixels. */
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
    private static final int PNG_SIGNATURE_LENGTH = 8;

    @Override
    public void strip(Path original, VoucherMediaType mediaType, Path stripped) {
        try {
            switch (mediaType) {
                case JPEG -> Files.write(stripped, jpeg(Files.readAllBytes(original)));
                case PNG -> Files.write(stripped, png(Files.readAllBytes(original)));
                case WEBP -> Files.write(stripped, webp(Files.readAllBytes(original)));
                case PDF -> Files.copy(original, stripped, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            throw new VoucherRejectedException(VoucherRejectedException.Reason.UNREADABLE,
                    "the " + mediaType.name() + " file's metadata cannot be read");
        }
    }

    static byte[] jpeg(byte[] bytes) throws IOException {
        TiffOutputSet kept = new TiffOutputSet();
        ImageMetadata metadata = Imaging.getMetadata(bytes);
        if (metadata instanceof JpegImageMetadata jpeg && jpeg.getExif() != null) {
            TiffImageMetadata exif = jpeg.getExif();
            TiffField orientation = exif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION);
            if (orientation != null) {
                kept.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation.getIntValue());
            }
            TiffField taken = exif.findField(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL);
            if (taken != null) {
                kept.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, taken.getStringValue().trim());
            }
        }
        ByteArrayOutputStream withoutExif = new ByteArrayOutputStream(bytes.length);
        try {
            if (kept.getDirectories().isEmpty()) {
                new ExifRewriter().removeExifMetadata(bytes, withoutExif);
            } else {
                new ExifRewriter().updateExifMetadataLossy(bytes, withoutExif, kept);
            }
        } catch (ImagingException e) {
            throw new IOException("EXIF cannot be rewritten", e);
        }
        ByteArrayOutputStream withoutXmp = new ByteArrayOutputStream(bytes.length);
        new JpegXmpRewriter().removeXmpXml(withoutExif.toByteArray(), withoutXmp);
        ByteArrayOutputStream withoutIptc = new ByteArrayOutputStream(bytes.length);
        new JpegIptcRewriter().removeIptc(withoutXmp.toByteArray(), withoutIptc);
        return withoutIptc.toByteArray();
    }

    static byte[] png(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, PNG_SIGNATURE_LENGTH);
        ByteBuffer chunks = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int position = PNG_SIGNATURE_LENGTH;
        while (position + 12 <= bytes.length) {
            int length = chunks.getInt(position);
            String type = new String(bytes, position + 4, 4, StandardCharsets.US_ASCII);
            int chunkLength = 12 + length;
            if (length < 0 || position + chunkLength > bytes.length) {
                throw new IOException("a PNG chunk runs past the end of the file");
            }
            if (!PNG_METADATA.contains(type)) {
                out.write(bytes, position, chunkLength);
            }
            position += chunkLength;
        }
        return out.toByteArray();
    }

    /** RIFF chunks: EXIF and XMP left out, the extended header's flags for them cleared, the RIFF size corrected. */
    static byte[] webp(byte[] bytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.length);
        ByteBuffer riff = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int position = 12;
        while (position + 8 <= bytes.length) {
            String type = new String(bytes, position, 4, StandardCharsets.US_ASCII);
            int length = riff.getInt(position + 4);
            int chunkLength = 8 + length + (length & 1);
            if (length < 0 || position + 8 + length > bytes.length) {
                throw new IOException("a WebP chunk runs past the end of the file");
            }
            int copied = Math.min(chunkLength, bytes.length - position);
            if (type.equals("VP8X")) {
                byte[] header = java.util.Arrays.copyOfRange(bytes, position, position + copied);
                header[8] &= (byte) ~(0x08 | 0x04);
                body.write(header);
            } else if (!type.equals("EXIF") && !type.equals("XMP ")) {
                body.write(bytes, position, copied);
            }
            position += chunkLength;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 12);
        out.write("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(body.size() + 4).array());
        out.write("WEBP".getBytes(StandardCharsets.US_ASCII));
        body.writeTo(out);
        return out.toByteArray();
    }
}
