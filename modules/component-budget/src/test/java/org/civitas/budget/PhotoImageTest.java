package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

/** Photos: recognised from their bytes, encoded again without their metadata, shrunk, described. */
class PhotoImageTest {

    private static final String SECRET = "GPS 48.853012N 2.349901E Pixel-9 serial 0042";

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 140, 60));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A camera's JPEG: an APP1 "Exif" segment, holding a position and a serial number, right after the SOI marker. */
    static byte[] jpegWithExif(int width, int height) throws IOException {
        byte[] plain = image("jpeg", width, height);
        byte[] payload = ("Exif\0\0MM\0*\0\0\0\b" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)});
        out.write(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static String refused(byte[] bytes, String alt) {
        return assertThrows(Refusal.class, () -> PhotoImage.of(bytes, alt)).code();
    }

    @Test
    void aJpegLosesItsExifAndIsShrunkToSixteenHundredPixels() throws IOException {
        byte[] camera = jpegWithExif(2400, 1200);
        assertTrue(contains(camera, SECRET) && contains(camera, "Exif"), "the fixture carries the metadata");
        PhotoImage photo = PhotoImage.of(camera, "  Le square Monge au printemps ");
        assertEquals("image/jpeg", photo.mediaType());
        assertEquals("Le square Monge au printemps", photo.alt());
        assertEquals(1600, photo.width());
        assertEquals(800, photo.height());
        assertFalse(contains(photo.bytes(), SECRET) || contains(photo.bytes(), "Exif"), "no metadata survives");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertEquals(1600, back.getWidth());
        Color centre = new Color(back.getRGB(800, 400));
        assertTrue(Math.abs(centre.getGreen() - 140) < 12 && Math.abs(centre.getRed() - 20) < 12, "the pixels stay: " + centre);
    }

    @Test
    void aPhoneJpegIsTurnedUprightAsItsExifOrientationSaid() throws IOException {
        BufferedImage sideways = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sideways.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.setColor(Color.BLUE);
        g.fillRect(20, 0, 20, 20);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(sideways, "jpeg", plain);
        // Little-endian TIFF, one directory entry: orientation (0x0112), SHORT, 1 value, 6 (a quarter turn clockwise).
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0, 'I', 'I', '*', 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0,
            0, 0, 0, 0};
        ByteArrayOutputStream camera = new ByteArrayOutputStream();
        camera.write(plain.toByteArray(), 0, 2);
        camera.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2)});
        camera.write(exif);
        camera.write(plain.toByteArray(), 2, plain.size() - 2);
        assertEquals(6, PhotoImage.orientation(camera.toByteArray()));
        assertEquals(1, PhotoImage.orientation(plain.toByteArray()));

        PhotoImage photo = PhotoImage.of(camera.toByteArray(), "Une photo prise en portrait");
        assertEquals(20, photo.width());
        assertEquals(40, photo.height());
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertTrue(new Color(upright.getRGB(10, 5)).getRed() > 200, "the left side is now on top");
        assertTrue(new Color(upright.getRGB(10, 35)).getBlue() > 200, "and the right side below");
    }

    @Test
    void aPngStaysAPngAtItsSize() throws IOException {
        PhotoImage photo = PhotoImage.of(image("png", 300, 200), "Un plan");
        assertEquals("image/png", photo.mediaType());
        assertEquals(300, photo.width());
        assertArrayEquals(Arrays.copyOf(image("png", 1, 1), 8), Arrays.copyOf(photo.bytes(), 8));
    }

    @Test
    void theTypeComesFromTheBytesNeverTheName() throws IOException {
        assertNull(PhotoImage.sniff("Ceci n'est pas une photo.jpg".getBytes(StandardCharsets.UTF_8)));
        assertNull(PhotoImage.sniff(image("gif", 10, 10)));
        assertNull(PhotoImage.sniff(new byte[] {(byte) 0xFF}));
        assertEquals("image/jpeg", PhotoImage.sniff(image("jpeg", 10, 10)));
        assertEquals("budget.photo.type", refused(image("gif", 10, 10), "Un GIF"));
        assertEquals("budget.photo.type", refused("texte renommé en .jpg".getBytes(StandardCharsets.UTF_8), "Un texte"));
        byte[] cut = Arrays.copyOf(image("png", 50, 50), 40);
        assertEquals("budget.photo.unreadable", refused(cut, "Une photo coupée"));
    }

    @Test
    void aPhotoNeedsItsTextAlternative() throws IOException {
        byte[] jpeg = image("jpeg", 10, 10);
        assertEquals("budget.photo.alt", refused(jpeg, null));
        assertEquals("budget.photo.alt", refused(jpeg, "   "));
        assertEquals("budget.photo.alt", refused(jpeg, "x".repeat(301)));
        assertEquals("budget.photo.alt", refused(jpeg, "un\u0007bip"));
    }

    @Test
    void atMostFiveMegabytesAreRead() {
        assertEquals("budget.photo.too-large", assertThrows(Refusal.class,
                () -> PhotoImage.read(new ByteArrayInputStream(new byte[6_000_000]))).code());
        assertEquals("budget.photo.empty", assertThrows(Refusal.class,
                () -> PhotoImage.read(new ByteArrayInputStream(new byte[0]))).code());
        assertEquals(5_000_000, PhotoImage.read(new ByteArrayInputStream(new byte[5_000_000])).length);
    }
}
