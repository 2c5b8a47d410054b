package org.interphase.eis.api;

/** A circuit string that cannot be parsed; the message names the position (0-based) and the problem. */
public class CircuitSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final String reason;

    public CircuitSyntaxException(String text, int position, String reason) {
        super("'" + text + "', position " + position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** 0-based character position of the problem. */
    public int position() {
        return position;
    }

    /** The reason without the text and position. */
    public String reason() {
        return reason;
    }
}
