package org.civitas.core.limit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the person, not of the city's reverse proxy: behind a proxy listed in
 * {@code civitas.http.trusted-proxies}, the right-most address of {@code X-Forwarded-For} that is not itself
 * a trusted proxy. Anyone else's {@code X-Forwarded-For} is ignored, since a client can write anything there.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Inject
    @ConfigProperty(name = "civitas.http.trusted-proxies")
    Optional<List<String>> trustedProxies;
    @Inject
    @ConfigProperty(name = "civitas.limit.exempt-addresses")
    Optional<List<String>> exempt;

    public String of(HttpServletRequest request) {
        // Several header lines are one list in order: a proxy may add its own line after the client's.
        List<String> lines = Collections.list(request.getHeaders("X-Forwarded-For"));
        return resolve(request.getRemoteAddr(), lines.isEmpty() ? null : String.join(",", lines),
                trustedProxies.orElse(List.of()));
    }

    /** Addresses such as a town hall's public terminals, where many people sign up one after another. */
    public boolean isExempt(String address) {
        return exempt.orElse(List.of()).stream().anyMatch(a -> a.strip().equals(address));
    }

    /** One address, one allowance: an IPv4 address with a port, or written as IPv6-mapped, is the address itself. */
    static String canonical(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        if (a.startsWith("::ffff:") && a.indexOf('.') > 0) {
            a = a.substring(7);
        }
        if (a.indexOf(':') == a.lastIndexOf(':') && a.indexOf(':') > 0 && a.indexOf('.') > 0) {
            a = a.substring(0, a.indexOf(':'));
        }
        return a;
    }

    /**
     * The network an address counts for in per-address limits: an IPv4 address itself, an IPv6 address its /64
     * (one home or phone gets a whole /64, so counting single IPv6 addresses would give an attacker billions of
     * fresh allowances). However an IPv6 address is written, its network is named one way.
     */
    public static String network(String address) {
        String a = canonical(address);
        if (a.indexOf(':') < 0 || !ADDRESS.matcher(a).matches()) {
            return a;
        }
        try {
            // A literal with a colon is parsed, never looked up in the DNS.
            byte[] bytes = InetAddress.getByName(a).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return a;
        }
    }

    static String resolve(String remote, String forwardedFor, List<String> trusted) {
        if (forwardedFor == null || trusted.stream().noneMatch(t -> t.strip().equals(remote))) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = canonical(hops[i].strip());
            if (!ADDRESS.matcher(hop).matches()) {
                return remote;
            }
            if (trusted.stream().noneMatch(t -> t.strip().equals(hop))) {
                return hop;
            }
        }
        return remote;
    }
}
