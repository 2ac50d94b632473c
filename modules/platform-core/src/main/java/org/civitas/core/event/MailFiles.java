package org.civitas.core.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Without an SMTP host (the embedded default), mails are written as {@code .eml} text files in a folder,
 * one per mail, readable by their owner only, so that a developer can open the links and nothing is logged.
 */
final class MailFiles {

    private MailFiles() {
    }

    /** Writes the mail as {@code <folder>/mail-<id>.eml} (UTF-8 text headers and body); returns the file. */
    static Path write(Path folder, long mailId, String from, String to, String subject, String body) {
        String text = "From: " + from + "\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                + "Auto-Submitted: auto-generated\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + body.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("mail-" + mailId + ".eml");
            Path partial = Files.createTempFile(folder, "mail-" + mailId + "-", ".part");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write mail " + mailId + " to " + folder, e);
        }
    }
}
