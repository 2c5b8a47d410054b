package org.interphase.eis.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.interphase.eis.internal.circuit.BasicElement;
import org.interphase.eis.internal.circuit.DistributedElement;

/**
 * The element types a circuit parser knows. Immutable: {@link #with(ElementType)} returns a new library.
 * Built in: R, C, L, CPE (Q), W, Wo (O), Ws (T), G, Zarc, HN, TLM.
 */
public final class ElementLibrary {

    private static final ElementLibrary BUILT_IN = new ElementLibrary(builtInTypes());

    private final List<ElementType> types;

    private ElementLibrary(List<ElementType> types) {
        // longest symbol first, so "Wo1" is not read as "W" + "o1"
        List<ElementType> sorted = new ArrayList<>(types);
        sorted.sort(Comparator.comparingInt((ElementType t) -> -t.symbol().length()));
        this.types = List.copyOf(sorted);
    }

    private static List<ElementType> builtInTypes() {
        List<ElementType> t = new ArrayList<>(List.of(BasicElement.values()));
        t.addAll(List.of(DistributedElement.values()));
        return t;
    }

    /** The built-in elements. */
    public static ElementLibrary builtIn() {
        return BUILT_IN;
    }

    /** This library plus {@code type}; its symbol must be new. */
    public ElementLibrary with(ElementType type) {
        if (bySymbol(type.symbol()).isPresent()) {
            throw new IllegalArgumentException("element symbol already defined: " + type.symbol());
        }
        List<ElementType> t = new ArrayList<>(types);
        t.add(type);
        return new ElementLibrary(t);
    }

    /** All types, longest symbol first. */
    public List<ElementType> types() {
        return types;
    }

    public Optional<ElementType> bySymbol(String symbol) {
        return types.stream().filter(t -> t.symbol().equals(symbol)).findFirst();
    }

    public Optional<ElementType> byCdcLetter(char letter) {
        return types.stream().filter(t -> t.cdcLetter().map(c -> c == letter).orElse(false)).findFirst();
    }
}
