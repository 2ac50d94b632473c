package org.civitas.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on the test database that PlatformServices starts, to check what the platform stores. */
public final class Database {

    public static final String URL = "jdbc:postgresql://127.0.0.1:" + PlatformServices.DB_PORT + "/civitas";

    private Database() {
    }

    /** The first column of every row the query returns, as text. */
    public static List<String> column(String sql, Object... params) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... params) {
        return Long.parseLong(column(sql, params).get(0));
    }

    /** Waits up to 10 s for a count query to answer 0 (a consumer's commit may follow its side effect). */
    public static long awaitZero(String sql, Object... params) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long count = count(sql, params);
        while (count > 0 && System.nanoTime() < deadline) {
            Citizens.sleep(100);
            count = count(sql, params);
        }
        return count;
    }

    public static int update(String sql, Object... params) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every payload of the outbox, delivered or not. */
    public static String outboxPayloads() {
        return String.join("\n", column("SELECT payload FROM core_outbox"));
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", "postgres");
    }
}
