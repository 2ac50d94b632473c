package org.civitas.budget;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * A project's photo as the server keeps it: a JPEG or PNG recognised from its bytes (never from a file name or a
 * declared type), decoded and written again with ImageIO, so that nothing but the pixels survives (no EXIF, no GPS
 * position, no camera, no comment), at most {@value #MAX_SIDE} pixels on its longest side.
 */
record PhotoImage(String mediaType, byte[] bytes, int width, int height, String alt) {

    /** The largest upload, in bytes. */
    static final int MAX_BYTES = 5_000_000;
    static final int MAX_SIDE = 1600;
    static final int MAX_ALT = 300;
    /** Beyond this a file of 5 MB is a decompression bomb, not a photo (a 50-megapixel camera is the most seen). */
    private static final long MAX_PIXELS = 60_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Reads an upload at the edge, at most {@value #MAX_BYTES} bytes (one more to know it is too large). */
    static byte[] read(InputStream in) {
        if (in == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "photo.empty");
        }
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "photo.too-large", MAX_BYTES / 1_000_000);
            }
            if (bytes.length == 0) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "photo.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type the bytes announce by their signature: image/jpeg, image/png, or null for anything else. */
    static String sniff(byte[] bytes) {
        return startsWith(bytes, JPEG) ? "image/jpeg" : startsWith(bytes, PNG) ? "image/png" : null;
    }

    /** The photo checked, decoded, shrunk if need be and encoded again in its own format, with its text alternative. */
    static PhotoImage of(byte[] bytes, String alt) {
        String text = alt == null ? "" : alt.strip();
        if (text.isEmpty() || text.length() > MAX_ALT || TextInput.check(text, false, MAX_ALT).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "photo.alt", MAX_ALT);
        }
        String type = sniff(bytes);
        if (type == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "photo.type");
        }
        BufferedImage decoded = decode(bytes, type.equals("image/png") ? "png" : "jpeg");
        BufferedImage image = shrink(decoded, type.equals("image/png"), type.equals("image/jpeg") ? orientation(bytes) : 1);
        return new PhotoImage(type, encode(image, type), image.getWidth(), image.getHeight(), text);
    }

    private static BufferedImage decode(byte[] bytes, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            ImageReader reader = readers.next();
            try {
                // Metadata is never even read: only the pixels go on.
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "photo.pixels");
                }
                // Decoding every n-th pixel keeps memory to about twice the kept size, whatever the camera.
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / MAX_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Refusal refusal) {
                throw refusal;
            }
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "photo.unreadable");
        }
    }

    /**
     * Redrawn on a plain RGB (or RGBA for a PNG) canvas, at most {@value #MAX_SIDE} pixels on the longest side, and
     * turned upright as the camera's EXIF orientation said ({@code 3}: half a turn, {@code 6}: a quarter clockwise,
     * {@code 8}: a quarter anticlockwise), since that tag goes with the rest of the metadata.
     */
    private static BufferedImage shrink(BufferedImage source, boolean alpha, int orientation) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        boolean quarter = orientation == 6 || orientation == 8;
        BufferedImage target = new BufferedImage(quarter ? height : width, quarter ? width : height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            switch (orientation) {
                case 3 -> g.rotate(Math.PI, width / 2.0, height / 2.0);
                case 6 -> {
                    g.translate(height, 0);
                    g.rotate(Math.PI / 2);
                }
                case 8 -> {
                    g.translate(0, width);
                    g.rotate(-Math.PI / 2);
                }
                default -> {
                }
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(type).next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type.equals("image/jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            // No metadata given: the writer adds only what its format requires (JFIF, or PNG's own chunks).
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The EXIF orientation of a JPEG (1 when absent or unreadable): the segments before the image data are walked to
     * the APP1 "Exif" one, whose first directory (TIFF, either byte order) may hold tag 0x0112.
     */
    static int orientation(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            int tiff = at + 10;
            if (marker == 0xE1 && at + 2 + length <= jpeg.length && length > 16 && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x'
                    && jpeg[at + 6] == 'i' && jpeg[at + 7] == 'f') {
                return orientation(jpeg, tiff, at + 2 + length);
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int orientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + (int) number(b, tiff + 4, 4, little);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int entries = (int) number(b, ifd, 2, little);
        for (int i = 0; i < entries && ifd + 2 + 12 * (i + 1) <= end; i++) {
            int entry = ifd + 2 + 12 * i;
            if (number(b, entry, 2, little) == 0x0112) {
                int value = (int) number(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static long number(byte[] b, int at, int size, boolean little) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            int octet = b[little ? at + size - 1 - i : at + i] & 0xFF;
            value = (value << 8) | octet;
        }
        return value;
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        if (bytes == null || bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
