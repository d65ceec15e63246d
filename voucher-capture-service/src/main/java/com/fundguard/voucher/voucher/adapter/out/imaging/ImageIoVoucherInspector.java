package com.fundguard.voucher.voucher.adapter.out.imaging;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.fundguard.voucher.voucher.domain.CaptureFacts;
import com.fundguard.voucher.voucher.application.VoucherInspector;
import com.fundguard.voucher.voucher.application.VoucherRejectedException;
import com.fundguard.voucher.voucher.application.VoucherRejectedException.Reason;
import com.fundguard.voucher.voucher.domain.DifferenceHash;
import com.fundguard.voucher.voucher.domain.GreyImage;
import com.fundguard.voucher.voucher.domain.QualityMeasurement;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Inspects uploads with ImageIO (TwelveMonkeys' JPEG and WebP readers), metadata-extractor for EXIF and PDFBox for
 * PDFs. The image's size is read from its header and refused above the limits before a single pixel is decoded, so
 * a few kilobytes that claim gigapixels cost nothing; the decode itself skips pixels (source subsampling) down to
 * about twice the measuring scale, which keeps a 12-megapixel photo's check fast and its memory small.
 */
public class ImageIoVoucherInspector implements VoucherInspector {

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};

    private final long maxPixels;
    private final int maxSide;
    private final int maxPages;

    public ImageIoVoucherInspector(long maxPixels, int maxSide, int maxPages) {
        this.maxPixels = maxPixels;
        this.maxSide = maxSide;
        this.maxPages = maxPages;
    }

    @Override
    public Inspection inspect(Path file, VoucherMediaType mediaType) {
        try {
            return mediaType == VoucherMediaType.PDF ? inspectPdf(file) : inspectImage(file, mediaType);
        } catch (IOException | RuntimeException e) {
            if (e instanceof VoucherRejectedException rejected) {
                throw rejected;
            }
            throw new VoucherRejectedException(Reason.UNREADABLE, "the file is not a readable " + mediaType.name() + " file");
        }
    }

    private Inspection inspectPdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw new VoucherRejectedException(Reason.UNREADABLE, "the PDF has no pages");
            }
            if (pages > maxPages) {
                throw new VoucherRejectedException(Reason.TOO_MANY_PAGES, "the PDF has " + pages + " pages; at most " + maxPages + " are accepted");
            }
            // The first page at a resolution that makes its longer side about a thumbnail's.
            float points = Math.max(document.getPage(0).getMediaBox().getWidth(), document.getPage(0).getMediaBox().getHeight());
            BufferedImage firstPage = new PDFRenderer(document).renderImage(0, THUMBNAIL_SIDE / Math.max(points, 1f), ImageType.RGB);
            return new Inspection(new CaptureFacts(Optional.empty(), OptionalLong.empty(), pages, Optional.empty(), false), jpeg(firstPage));
        }
    }

    private Inspection inspectImage(Path file, VoucherMediaType mediaType) throws IOException {
        refusePolyglot(file, mediaType);
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(mediaType, input);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > maxSide || height > maxSide || (long) width * height > maxPixels) {
                    throw new VoucherRejectedException(Reason.TOO_MANY_PIXELS, "the image claims " + width + " x " + height
                            + " pixels; at most " + maxPixels + " pixels and " + maxSide + " on a side are accepted");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / QualityMeasurement.MEASURED_LONG_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                Exif exif = exif(file);
                GreyImage grey = grey(decoded).upright(exif.orientation());
                boolean swapsSides = exif.orientation() >= 5 && exif.orientation() <= 8;
                GreyImage measured = grey.shrunkTo(QualityMeasurement.MEASURED_LONG_SIDE, QualityMeasurement.MEASURED_LONG_SIDE, false);
                QualityMeasurement quality = QualityMeasurement.of(swapsSides ? height : width, swapsSides ? width : height, measured);
                long hash = DifferenceHash.of(measured.shrunkTo(DifferenceHash.WIDTH, DifferenceHash.HEIGHT, true));
                return new Inspection(new CaptureFacts(Optional.of(quality), OptionalLong.of(hash), 1, exif.capturedAt(), exif.hadLocation()),
                        jpeg(thumbnail(decoded, exif.orientation())));
            } finally {
                reader.dispose();
            }
        }
    }

    /** The decoded image scaled to {@link #THUMBNAIL_SIDE} on its longer side and turned upright. */
    private static BufferedImage thumbnail(BufferedImage decoded, int orientation) {
        double scale = Math.min(1.0, THUMBNAIL_SIDE / (double) Math.max(decoded.getWidth(), decoded.getHeight()));
        int width = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
        boolean swapsSides = orientation >= 5 && orientation <= 8;
        BufferedImage small = new BufferedImage(swapsSides ? height : width, swapsSides ? width : height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.transform(upright(orientation, width, height));
        g.drawImage(decoded, 0, 0, width, height, null);
        g.dispose();
        return small;
    }

    /**
     * The transform that shows a {@code width} x {@code height} image the way EXIF orientation asks: the same mapping
     * as {@code GreyImage.upright}, as matrices (m00, m10, m01, m11, m02, m12).
     */
    private static AffineTransform upright(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
            default -> new AffineTransform();
        };
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpeg", out)) {
            throw new IOException("no JPEG writer");
        }
        return out.toByteArray();
    }

    private static ImageReader readerFor(VoucherMediaType mediaType, ImageInputStream input) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType.mimeType);
        if (input == null || !readers.hasNext()) {
            throw new VoucherRejectedException(Reason.UNREADABLE, "no reader for " + mediaType.mimeType);
        }
        return readers.next();
    }

    /**
     * An image that is also a PDF or a ZIP (a polyglot) can be opened as a document or an archive by whoever
     * downloads it: a PDF header anywhere in the file, or a ZIP directory at its end, is refused. A PNG must end
     * with its IEND chunk and a WebP where its RIFF header says; a JPEG may carry camera data after its end marker.
     */
    private static void refusePolyglot(Path file, VoucherMediaType mediaType) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] window = new byte[64 * 1024];
            int carried = 0;
            int read;
            while ((read = in.readNBytes(window, carried, window.length - carried)) > 0) {
                int filled = carried + read;
                if (indexOf(window, filled, PDF_HEADER) >= 0) {
                    throw new VoucherRejectedException(Reason.POLYGLOT, "the image also contains a PDF document");
                }
                carried = Math.min(PDF_HEADER.length - 1, filled);
                System.arraycopy(window, filled - carried, window, 0, carried);
            }
        }
        try (RandomAccessFile random = new RandomAccessFile(file.toFile(), "r")) {
            int tail = (int) Math.min(size, 65_557);
            byte[] end = new byte[tail];
            random.seek(size - tail);
            random.readFully(end);
            if (indexOf(end, end.length, ZIP_END) >= 0) {
                throw new VoucherRejectedException(Reason.POLYGLOT, "the image also contains a ZIP archive");
            }
            if (mediaType == VoucherMediaType.PNG && !endsWithIend(end)) {
                throw new VoucherRejectedException(Reason.POLYGLOT, "the PNG has data after its last chunk");
            }
            if (mediaType == VoucherMediaType.WEBP) {
                random.seek(4);
                long declared = Integer.toUnsignedLong(Integer.reverseBytes(random.readInt())) + 8;
                if (declared != size) {
                    throw new VoucherRejectedException(Reason.POLYGLOT, "the WebP's size does not match its RIFF header");
                }
            }
        }
    }

    private static boolean endsWithIend(byte[] end) {
        byte[] iend = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
        return end.length >= iend.length && java.util.Arrays.equals(end, end.length - iend.length, end.length, iend, 0, iend.length);
    }

    private static int indexOf(byte[] data, int length, byte[] pattern) {
        outer:
        for (int i = 0; i <= length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static GreyImage grey(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        // The decoders' usual layouts read straight from their bytes: getRGB's per-pixel colour model costs more
        // than the whole quality check.
        if (image.getRaster().getDataBuffer() instanceof DataBufferByte bytes && bytes.getNumBanks() == 1
                && (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_BYTE_GRAY)) {
            byte[] data = bytes.getData();
            int[] luminance = new int[width * height];
            if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                for (int i = 0; i < luminance.length; i++) {
                    luminance[i] = data[i] & 0xFF;
                }
            } else {
                for (int i = 0, j = 0; i < luminance.length; i++, j += 3) {
                    luminance[i] = (114 * (data[j] & 0xFF) + 587 * (data[j + 1] & 0xFF) + 299 * (data[j + 2] & 0xFF)) / 1000;
                }
            }
            return new GreyImage(width, height, luminance);
        }
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        int[] luminance = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            // ITU-R BT.601 luma, in integers.
            luminance[i] = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
        }
        return new GreyImage(width, height, luminance);
    }

    private record Exif(int orientation, Optional<LocalDateTime> capturedAt, boolean hadLocation) {
    }

    private static Exif exif(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            int orientation = 1;
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
            Optional<LocalDateTime> capturedAt = Optional.empty();
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            if (exif != null) {
                // metadata-extractor reads the camera's wall-clock time as if it were UTC when told so: kept as local.
                capturedAt = Optional.ofNullable(exif.getDateOriginal(TimeZone.getTimeZone("UTC")))
                        .map(date -> LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC));
            }
            return new Exif(orientation, capturedAt, metadata.getFirstDirectoryOfType(GpsDirectory.class) != null);
        } catch (ImageProcessingException | IOException | MetadataException e) {
            return new Exif(1, Optional.empty(), false);
        }
    }
}
