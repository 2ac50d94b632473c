package org.civitas.spi;

/**
 * Where the current request comes from, as much as an audit may keep: never the address itself, but a keyed
 * hash of it. The same address gives the same hash on every node and after a restart, so ballots cast from one
 * place can be grouped; without the platform's key no one can test an address against it.
 */
public interface RequestOrigin {

    /** The keyed hash of the client's address (behind the city's trusted proxies), or null outside a request. */
    String addressHash();
}
