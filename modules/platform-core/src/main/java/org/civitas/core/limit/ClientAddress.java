package org.civitas.core.limit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
