package org.interphase.eis.internal.circuit;

import java.util.function.Function;

import org.interphase.eis.api.Circuit;

/**
 * Access to a parsed {@link Circuit}'s tree for the internal algorithms (initial guesses, R||CPE pairs)
 * without exposing the internal node types in the public API: {@link Circuit} registers the accessor
 * when its class is initialised.
 */
public final class CircuitTrees {

    private static volatile Function<Circuit, Node> access;

    private CircuitTrees() {
    }

    /** Called once by {@link Circuit}. */
    public static void register(Function<Circuit, Node> accessor) {
        access = accessor;
    }

    /** The tree of {@code c}, with the element types it was parsed with (built-in or plug-in). */
    public static Node root(Circuit c) {
        return access.apply(c);
    }
}
