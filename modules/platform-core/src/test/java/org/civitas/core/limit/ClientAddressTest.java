package org.civitas.core.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<String> PROXY = List.of("10.0.0.2", "10.0.0.3");

    @Test
    void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
        assertEquals("198.51.100.9", ClientAddress.resolve("198.51.100.9", "203.0.113.7", PROXY));
        assertEquals("198.51.100.9", ClientAddress.resolve("198.51.100.9", "203.0.113.7", List.of()));
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedHopIsTheClient() {
        assertEquals("203.0.113.7", ClientAddress.resolve("10.0.0.2", "203.0.113.7", PROXY));
        // A client cannot pass for someone else by writing the header itself: its own hop is the right-most untrusted one.
        assertEquals("203.0.113.7", ClientAddress.resolve("10.0.0.2", "192.0.2.1, 203.0.113.7, 10.0.0.3", PROXY));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "not-an-address", PROXY));
        // Two header lines, the client's then the proxy's: the proxy's line counts.
        assertEquals("203.0.113.201", ClientAddress.resolve("10.0.0.2", "9.9.9.9,203.0.113.201", PROXY));
    }

    @Test
    void aPortOrAnIpv6MappedFormIsStillTheSameAddress() {
        assertEquals("203.0.113.201", ClientAddress.resolve("10.0.0.2", "203.0.113.201:4444", PROXY));
        assertEquals("203.0.113.201", ClientAddress.resolve("10.0.0.2", "::ffff:203.0.113.201", PROXY));
        assertEquals("2001:db8::1", ClientAddress.resolve("10.0.0.2", "2001:DB8::1", PROXY));
    }

    @Test
    void anAllowanceIsTheDefaultUnlessConfiguredWell() {
        assertEquals(new Allowance(10, Duration.ofHours(1)), Allowance.configured("sign-up", Optional.empty(), 10, Duration.ofHours(1)));
        assertEquals(new Allowance(50, Duration.ofMinutes(30)), Allowance.configured("sign-up", Optional.of("50/30"), 10, Duration.ofHours(1)));
        assertEquals(new Allowance(10, Duration.ofHours(1)), Allowance.configured("sign-up", Optional.of("beaucoup"), 10, Duration.ofHours(1)));
        assertEquals(new Allowance(10, Duration.ofHours(1)), Allowance.configured("sign-up", Optional.of("0/5"), 10, Duration.ofHours(1)));
    }

    @Test
    void anIPv6AddressCountsForItsSlash64HoweverItIsWritten() {
        assertEquals("2001:db8:1:0::/64", ClientAddress.network("2001:db8:1::1"));
        assertEquals("2001:db8:1:0::/64", ClientAddress.network("2001:0db8:0001:0000:0000:0000:0000:0001"));
        assertEquals("2001:db8:1:0::/64", ClientAddress.network("2001:DB8:1:0:ffff::2"));
        assertEquals("2001:db8:0:0::/64", ClientAddress.network("2001:db8::1"));
        assertEquals("203.0.113.7", ClientAddress.network("203.0.113.7"));
        assertEquals("203.0.113.7", ClientAddress.network("::ffff:203.0.113.7"));
        assertEquals("junk", ClientAddress.network("junk"), "nothing that is not an address is looked up");
    }
}
