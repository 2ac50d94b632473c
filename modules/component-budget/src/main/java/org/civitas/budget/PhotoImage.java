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
        BufferedImage image = shrink(decode(bytes, type.equals("image/png") ? "png" : "jpeg"), type.equals("image/png"));
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

    /** Redrawn on a plain RGB (or RGBA for a PNG) canvas, at most {@value #MAX_SIDE} pixels on the longest side. */
    private static BufferedImage shrink(BufferedImage source, boolean alpha) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
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
