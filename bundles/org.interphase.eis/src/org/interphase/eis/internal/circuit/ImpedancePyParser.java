package org.interphase.eis.internal.circuit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.interphase.eis.api.CircuitSyntaxException;
import org.interphase.eis.api.ElementLibrary;
import org.interphase.eis.api.ElementType;

/**
 * Parser for impedance.py circuit strings: {@code series := term ('-' term)*},
 * {@code term := 'p(' series (',' series)+ ')' | element}, element = symbol + number (e.g. {@code CPE1}).
 */
public final class ImpedancePyParser {

    private final String text;
    private final ElementLibrary library;
    private final Set<String> names = new HashSet<>();
    private int pos;
    private int nextParameter;

    private ImpedancePyParser(String text, ElementLibrary library) {
        this.text = text;
        this.library = library;
    }

    public static Node parse(String text, ElementLibrary library) {
        ImpedancePyParser p = new ImpedancePyParser(text.replaceAll("\\s+", ""), library);
        if (p.text.isEmpty()) {
            throw new CircuitSyntaxException(text, 0, "empty circuit");
        }
        Node n = p.series();
        if (p.pos < p.text.length()) {
            throw p.error("unexpected '" + p.text.charAt(p.pos) + "'");
        }
        return n;
    }

    private Node series() {
        List<Node> items = new ArrayList<>();
        items.add(term());
        while (peek() == '-') {
            pos++;
            items.add(term());
        }
        return items.size() == 1 ? items.get(0) : new Node.Series(items);
    }

    private Node term() {
        if (text.startsWith("p(", pos)) {
            pos += 2;
            List<Node> items = new ArrayList<>();
            items.add(series());
            while (peek() == ',') {
                pos++;
                items.add(series());
            }
            if (peek() != ')') {
                throw error("expected ')' or ','");
            }
            pos++;
            if (items.size() < 2) {
                throw error("p( ) needs at least two branches");
            }
            return new Node.Parallel(items);
        }
        return element();
    }

    private Node element() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String letters = text.substring(start, pos);
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (letters.isEmpty()) {
            pos = start;
            throw error(pos < text.length() ? "expected an element, found '" + text.charAt(pos) + "'"
                    : "expected an element at the end");
        }
        ElementType type = library.bySymbol(letters).orElse(null);
        if (type == null) {
            pos = start;
            throw error("unknown element '" + letters + "' (known: "
                    + String.join(", ", library.types().stream().map(ElementType::symbol).toList()) + ")");
        }
        String name = text.substring(start, pos);
        if (!names.add(name)) {
            pos = start;
            throw error("element name '" + name + "' is used twice");
        }
        Node n = new Node.Element(type, name, nextParameter);
        nextParameter += type.parameters().size();
        return n;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private CircuitSyntaxException error(String reason) {
        return new CircuitSyntaxException(text, pos, reason);
    }
}
