package org.civitas.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The list of disposable e-mail domains refused at sign-up, read from a text file an administrator can
 * edit on the server; the file is read again whenever it changes, no restart needed.
 */
@ApplicationScoped
public class DisposableDomains {

    private static final Logger LOG = Logger.getLogger(DisposableDomains.class.getName());

    @Inject
    @ConfigProperty(name = "civitas.account.disposable-domains-file")
    String file;

    private Set<String> domains = Set.of();
    private FileTime loadedVersion;

    /** True when the address's domain, or a parent domain of it, is on the list. */
    public boolean isDisposable(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        Set<String> current = current();
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        while (true) {
            if (current.contains(domain)) {
                return true;
            }
            int dot = domain.indexOf('.');
            if (dot < 0) {
                return false;
            }
            domain = domain.substring(dot + 1);
        }
    }

    private synchronized Set<String> current() {
        Path path = Path.of(file);
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            if (!modified.equals(loadedVersion)) {
                domains = parse(path);
                loadedVersion = modified;
                LOG.info(() -> "Loaded " + domains.size() + " disposable e-mail domains from " + path);
            }
        } catch (IOException e) {
            if (loadedVersion == null) {
                throw new UncheckedIOException("Cannot read the disposable e-mail domain list " + path, e);
            }
            LOG.warning(() -> "Cannot re-read " + path + ", keeping the previous list: " + e);
        }
        return domains;
    }

    static Set<String> parse(Path path) throws IOException {
        Set<String> result = new HashSet<>();
        for (String line : Files.readAllLines(path)) {
            String domain = line.strip().toLowerCase(Locale.ROOT);
            if (!domain.isEmpty() && !domain.startsWith("#")) {
                result.add(domain);
            }
        }
        return Set.copyOf(result);
    }
}
