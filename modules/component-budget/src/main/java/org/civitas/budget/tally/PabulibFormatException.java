package org.civitas.budget.tally;

/** A file that is not a Pabulib election this tally can read; the message says where and why, in one line. */
public class PabulibFormatException extends RuntimeException {

    public PabulibFormatException(String message) {
        super(message);
    }
}
