package com.fundguard.voucher.voucher.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real image and document bytes made in the test, so format detection meets what a phone or scanner sends. */
public final class Images {

    private Images() {
    }

    public static byte[] encoded(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.drawString("INVOICE 2026-0042  CNY 125,000.50", 10, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A photographed A4 document: grey-white paper with a little light fall-off and sensor noise, lines of dark print;
     * {@code blurRadius} > 0 shakes it out of focus, {@code exposure} scales every pixel (below 1 darker).
     */
    public static BufferedImage document(int width, int height, int blurRadius, double exposure) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(222, 220, 214));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(25, 25, 30));
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int size = Math.max(10, height / 45);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size));
        g.drawString("VAT INVOICE  No. 3300212130  2026-11-20", width / 12, height / 10);
        for (int line = 0; line < 28; line++) {
            int y = height / 6 + line * (int) (size * 1.4);
            g.drawString("Item " + (line + 1) + "  steel coil Q235 2.0mm x 1250mm   " + (line * 37 % 90 + 10) + " t   CNY " + (4420 + line * 13) + ".50",
                    width / 12, y);
        }
        g.drawRect(width / 14, height / 14, width - width / 7, height - height / 7);
        g.dispose();
        java.util.Random noise = new java.util.Random(42);
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < rgb.length; i++) {
            int x = i % width;
            int y = i / width;
            double falloff = 1.0 - 0.06 * (Math.hypot(x - width / 2.0, y - height / 2.0) / Math.hypot(width / 2.0, height / 2.0));
            int grain = (int) Math.round(noise.nextGaussian() * 2);
            int r = clamp((int) (((rgb[i] >> 16) & 0xFF) * falloff * exposure) + grain);
            int gr = clamp((int) (((rgb[i] >> 8) & 0xFF) * falloff * exposure) + grain);
            int b = clamp((int) ((rgb[i] & 0xFF) * falloff * exposure) + grain);
            rgb[i] = (r << 16) | (gr << 8) | b;
        }
        image.setRGB(0, 0, width, height, rgb, 0, width);
        if (blurRadius > 0) {
            int side = 2 * blurRadius + 1;
            float[] kernel = new float[side * side];
            java.util.Arrays.fill(kernel, 1f / kernel.length);
            BufferedImage blurred = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            new java.awt.image.ConvolveOp(new java.awt.image.Kernel(side, side, kernel), java.awt.image.ConvolveOp.EDGE_NO_OP, null)
                    .filter(image, blurred);
            return blurred;
        }
        return image;
    }

    /** Another document altogether: the same print with a stamp and a signed table block where the first has paper. */
    public static BufferedImage anotherDocument(int width, int height) {
        BufferedImage image = document(width, height, 0, 1.0);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(width * 3 / 5, height * 3 / 5, width * 3 / 10, height * 4 / 15);
        g.fillRect(width / 20, height * 11 / 15, width / 4, height / 6);
        g.dispose();
        return image;
    }

    /**
     * {@code jpeg} as a phone writes it: turned (EXIF orientation 6), its owner and make, when and where (GPS) it was
     * taken. Written with Apache Commons Imaging, not by hand.
     */
    public static byte[] withPhoneExif(byte[] jpeg) {
        try {
            var exif = new org.apache.commons.imaging.formats.tiff.write.TiffOutputSet();
            exif.getOrCreateRootDirectory().add(org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
            exif.getOrCreateRootDirectory().add(org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants.TIFF_TAG_ARTIST, "Chen Jing");
            exif.getOrCreateRootDirectory().add(org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants.TIFF_TAG_MAKE, "Huawei");
            exif.getOrCreateExifDirectory().add(org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL,
                    "2026:11:20 09:41:07");
            exif.setGpsInDegrees(121.4737, 31.2304);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter().updateExifMetadataLossy(jpeg, out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code image} as a JPEG of the given quality (0-1). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
            writer.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same picture at another size (what a phone's share sheet or a messenger does to a photo). */
    public static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = resized.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return resized;
    }

    /**
     * A PNG whose header claims {@code side} x {@code side} grey pixels and whose data really inflates to that many
     * (all zero): a few hundred kilobytes that would need gigabytes once decoded.
     */
    public static byte[] decompressionBomb(int side) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 0)
                    .put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(png, "IHDR", header.array());
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (var deflater = new java.util.zip.DeflaterOutputStream(compressed, new java.util.zip.Deflater(9))) {
                byte[] row = new byte[side + 1];
                for (int y = 0; y < side; y++) {
                    deflater.write(row);
                }
            }
            chunk(png, "IDAT", compressed.toByteArray());
            chunk(png, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /** A minimal one-page PDF (PDF 1.4 structure with a content stream). */
    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj
                4 0 obj << /Length 44 >> stream
                BT /F1 12 Tf 72 712 Td (Contract 17) Tj ET
                endstream endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** The RIFF/WEBP container header of a lossy WebP, with a VP8 chunk header after it. */
    public static byte[] webpHeader() {
        byte[] bytes = new byte[32];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        bytes[4] = 24;
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        return bytes;
    }
}
