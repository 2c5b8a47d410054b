package org.interphase.eis.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.interphase.eis.internal.circuit.BasicElement;
import org.interphase.eis.internal.circuit.DistributedElement;

/**
 * The element types a circuit parser knows. Immutable: {@link #with(ElementType)} returns a new library.
 * Built in: R, C, L, CPE (Q), W, Wo (O), Ws (T), G, Zarc, HN, TLM. Plug-ins contribute further types by
 * registering an {@link ElementType} as an OSGi service (e.g. a DS component
 * {@code @Component(service = ElementType.class)}); {@link #installed()} adds them next to the built-in
 * ones, and {@link Circuit#parse(String)} uses it.
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

    /**
     * The built-in elements plus every {@link ElementType} service registered now (looked up on each
     * call, so plug-ins that come and go are seen). A service whose symbol or CDC letter is already taken
     * is left out (the built-in meaning wins; services are taken in order of their symbols); of two services
     * with the same symbol the higher ranked is kept and the other logged
     * ({@link org.interphase.model.services.ServiceRegistry#unique}). Outside OSGi this is {@link #builtIn()}.
     */
    public static ElementLibrary installed() {
        List<ElementType> found = new ArrayList<>(
                org.interphase.model.services.ServiceRegistry.unique(ElementType.class, ElementType::symbol));
        if (found.isEmpty()) {
            return BUILT_IN;
        }
        found.sort(Comparator.comparing(ElementType::symbol));
        ElementLibrary lib = BUILT_IN;
        for (ElementType t : found) {
            ElementLibrary current = lib;
            boolean letterTaken = t.cdcLetter().map(c -> current.byCdcLetter(c).isPresent()).orElse(false);
            if (lib.bySymbol(t.symbol()).isEmpty() && !letterTaken && !t.symbol().isEmpty()) {
                lib = lib.with(t);
            }
        }
        return lib;
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
