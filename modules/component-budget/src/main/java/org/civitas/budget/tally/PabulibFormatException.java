package org.civitas.budget.tally;

/** A file that is not a Pabulib election this tally can read; the message says where and why, in one line. */
public class PabulibFormatException extends RuntimeException {

    private final long line;
    private final String reason;

    public PabulibFormatException(String message) {
        this(0, message);
    }

    /** @param line the line the problem starts on, or 0 when it concerns the whole file */
    public PabulibFormatException(long line, String reason) {
        super(line == 0 ? reason : "line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    /** The line the problem starts on, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }

    /** What is wrong, without the line. */
    public String reason() {
        return reason;
    }
}
