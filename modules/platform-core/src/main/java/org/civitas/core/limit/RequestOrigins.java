package org.civitas.core.limit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.civitas.spi.RequestOrigin;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keyed hash of the client's address (HMAC-SHA-256, 128 bits kept). The key is {@code civitas.audit.key} when
 * set, otherwise one the platform makes on first use and keeps in {@code core_secret}, shared by every node.
 */
@ApplicationScoped
public class RequestOrigins implements RequestOrigin {

    private static final String KEY_NAME = "audit-address";

    @Inject
    HttpServletRequest request;
    @Inject
    ClientAddress addresses;
    @Inject
    @ConfigProperty(name = "civitas.audit.key")
    Optional<String> configuredKey;
    @Resource(lookup = "java:jboss/datasources/CivitasDS")
    DataSource dataSource;

    private volatile byte[] key;

    /** Outside the caller's transaction: the key made on first use must be kept even if the caller rolls back. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String addressHash() {
        String address;
        try {
            address = ClientAddress.canonical(addresses.of(request));
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        if (key == null) {
            key = configuredKey.filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(this::storedKey);
        }
        return key;
    }

    /** The stored key, made by whichever node asks first; the others read the same row. */
    private byte[] storedKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO core_secret (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, KEY_NAME);
                insert.setString(2, HexFormat.of().formatHex(fresh));
                insert.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM core_secret WHERE name = ?")) {
                select.setString(1, KEY_NAME);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return HexFormat.of().parseHex(row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit key could not be read", e);
        }
    }
}
