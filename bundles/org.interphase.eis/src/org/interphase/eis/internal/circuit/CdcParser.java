package org.interphase.eis.internal.circuit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.interphase.eis.api.CircuitSyntaxException;
import org.interphase.eis.api.ElementLibrary;
import org.interphase.eis.api.ElementType;

/**
 * Parser for Boukamp's circuit description code (B.A. Boukamp, Solid State Ionics 20 (1986) 31): letters
 * are elements (R, C, L, Q, W, O, T, G), juxtaposition is series, {@code ( )} encloses elements in
 * parallel and {@code [ ]} elements in series (the bracket convention of pyimpspec). Elements are named
 * letter + running number per letter from 1 (R1, Q1, R2 ...).
 */
public final class CdcParser {

    private final String text;
    private final ElementLibrary library;
    private final Map<Character, Integer> counters = new HashMap<>();
    private int pos;
    private int nextParameter;

    private CdcParser(String text, ElementLibrary library) {
        this.text = text;
        this.library = library;
    }

    public static Node parse(String text, ElementLibrary library) {
        CdcParser p = new CdcParser(text.replaceAll("\\s+", ""), library);
        if (p.text.isEmpty()) {
            throw new CircuitSyntaxException(text, 0, "empty circuit");
        }
        Node n = p.group('\0', false);
        if (p.pos < p.text.length()) {
            throw new CircuitSyntaxException(p.text, p.pos, "unbalanced '" + p.text.charAt(p.pos) + "'");
        }
        return n;
    }

    private Node group(char close, boolean parallel) {
        List<Node> items = new ArrayList<>();
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != close) {
            char c = text.charAt(pos);
            if (c == '(') {
                pos++;
                items.add(group(')', true));
            } else if (c == '[') {
                pos++;
                items.add(group(']', false));
            } else if (c == ')' || c == ']') {
                throw new CircuitSyntaxException(text, pos, "unbalanced '" + c + "'");
            } else {
                items.add(element(c));
            }
        }
        if (close != '\0') {
            if (pos >= text.length()) {
                throw new CircuitSyntaxException(text, start - 1, "'" + (parallel ? '(' : '[') + "' is not closed");
            }
            pos++;
        }
        if (items.isEmpty()) {
            throw new CircuitSyntaxException(text, start, "empty group");
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return parallel ? new Node.Parallel(items) : new Node.Series(items);
    }

    private Node element(char c) {
        ElementType type = library.byCdcLetter(c).orElseThrow(() -> new CircuitSyntaxException(text, pos,
                "unknown element letter '" + c + "' (known: R, C, L, Q, W, O, T, G)"));
        int k = counters.merge(c, 1, Integer::sum);
        pos++;
        Node n = new Node.Element(type, c + Integer.toString(k), nextParameter);
        nextParameter += type.parameters().size();
        return n;
    }
}
