package org.civitas.core.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.civitas.core.Messages;
import org.civitas.spi.Refusal;

/**
 * What a new password must be: 12 to 128 characters, not one character repeated, and not one of the
 * 10,000 commonest breached passwords ({@code common-passwords.txt}, compared without regard to case).
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final String LIST = "common-passwords.txt";

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks a rule, with a message in French and English. */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.codePoints().distinct().count() == 1) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.password.repeated");
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.password.common");
        }
    }

    /** How many passwords the shipped list holds. */
    static int commonCount() {
        return Common.PASSWORDS.size();
    }

    /** Loaded on first use. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(16_384);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException(LIST + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
