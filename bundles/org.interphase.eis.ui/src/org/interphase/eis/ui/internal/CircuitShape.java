package org.interphase.eis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The drawing of a circuit: element boxes and wires laid out from the circuit's impedance.py text
 * ({@code Circuit.toImpedancePy()}, so CDC strings draw the same). Series children sit side by side,
 * parallel children are stacked between two rails. Pure geometry (no SWT), in pixels; the text width
 * of a label is supplied by the caller.
 */
public final class CircuitShape {

    /** An element box with its name. */
    public record Box(String name, int x, int y, int width, int height) {
    }

    /** A straight wire. */
    public record Wire(int x1, int y1, int x2, int y2) {
    }

    /** The laid-out circuit: total size, the mid line where the terminals are, boxes and wires. */
    public record Drawing(int width, int height, int mid, List<Box> boxes, List<Wire> wires) {

        public Drawing {
            boxes = List.copyOf(boxes);
            wires = List.copyOf(wires);
        }
    }

    static final int PAD = 6;
    static final int BOX_HEIGHT = 20;
    static final int GAP = 12;
    static final int VGAP = 8;
    static final int LEAD = 10;

    private sealed interface Node permits Element, Series, Parallel {
    }

    private record Element(String name) implements Node {
    }

    private record Series(List<Node> children) implements Node {
    }

    private record Parallel(List<Node> children) implements Node {
    }

    /** A node with its size; {@code mid} is the height of its wire line from its top. */
    private record Sized(Node node, int width, int height, int mid, List<Sized> children) {
    }

    private final String text;
    private int pos;

    private CircuitShape(String text) {
        this.text = text;
    }

    /**
     * Lays out the circuit written in impedance.py notation ({@code R0-p(R1,CPE1)-W1}).
     *
     * @param impedancePy well-formed circuit text (as produced by {@code Circuit.toImpedancePy()})
     * @param textWidth   width in pixels of a label
     */
    public static Drawing layout(String impedancePy, ToIntFunction<String> textWidth) {
        CircuitShape parser = new CircuitShape(impedancePy.replace(" ", ""));
        Node root = parser.series();
        if (parser.pos != parser.text.length()) {
            throw new IllegalArgumentException("unexpected '" + parser.text.charAt(parser.pos) + "' at "
                    + parser.pos + " in " + impedancePy);
        }
        Sized s = size(root, textWidth);
        List<Box> boxes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        place(s, LEAD, 0, boxes, wires);
        wires.add(new Wire(0, s.mid(), LEAD, s.mid()));
        wires.add(new Wire(LEAD + s.width(), s.mid(), 2 * LEAD + s.width(), s.mid()));
        return new Drawing(s.width() + 2 * LEAD, s.height(), s.mid(), boxes, wires);
    }

    private Node series() {
        List<Node> parts = new ArrayList<>();
        parts.add(term());
        while (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
            parts.add(term());
        }
        return parts.size() == 1 ? parts.get(0) : new Series(parts);
    }

    private Node term() {
        if (text.startsWith("p(", pos)) {
            pos += 2;
            List<Node> parts = new ArrayList<>();
            parts.add(series());
            while (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                parts.add(series());
            }
            expect(')');
            return new Parallel(parts);
        }
        int start = pos;
        while (pos < text.length() && "-,()".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("element name expected at " + pos + " in " + text);
        }
        return new Element(text.substring(start, pos));
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw new IllegalArgumentException("'" + c + "' expected at " + pos + " in " + text);
        }
        pos++;
    }

    private static Sized size(Node node, ToIntFunction<String> textWidth) {
        return switch (node) {
            case Element e -> new Sized(e, textWidth.applyAsInt(e.name()) + 2 * PAD, BOX_HEIGHT, BOX_HEIGHT / 2,
                    List.of());
            case Series s -> {
                List<Sized> cs = s.children().stream().map(c -> size(c, textWidth)).toList();
                int mid = cs.stream().mapToInt(Sized::mid).max().orElse(0);
                int below = cs.stream().mapToInt(c -> c.height() - c.mid()).max().orElse(0);
                int w = cs.stream().mapToInt(Sized::width).sum() + GAP * (cs.size() - 1);
                yield new Sized(s, w, mid + below, mid, cs);
            }
            case Parallel p -> {
                List<Sized> cs = p.children().stream().map(c -> size(c, textWidth)).toList();
                int inner = cs.stream().mapToInt(Sized::width).max().orElse(0);
                int h = cs.stream().mapToInt(Sized::height).sum() + VGAP * (cs.size() - 1);
                int firstMid = cs.get(0).mid();
                int lastMid = h - cs.get(cs.size() - 1).height() + cs.get(cs.size() - 1).mid();
                yield new Sized(p, inner + 4 * LEAD, h, (firstMid + lastMid) / 2, cs);
            }
        };
    }

    private static void place(Sized s, int x, int y, List<Box> boxes, List<Wire> wires) {
        switch (s.node()) {
            case Element e -> boxes.add(new Box(e.name(), x, y, s.width(), s.height()));
            case Series ignored -> {
                int cx = x;
                int line = y + s.mid();
                for (int i = 0; i < s.children().size(); i++) {
                    Sized c = s.children().get(i);
                    place(c, cx, line - c.mid(), boxes, wires);
                    cx += c.width();
                    if (i < s.children().size() - 1) {
                        wires.add(new Wire(cx, line, cx + GAP, line));
                        cx += GAP;
                    }
                }
            }
            case Parallel ignored -> {
                int left = x + LEAD;
                int right = x + s.width() - LEAD;
                int inner = s.width() - 4 * LEAD;
                int cy = y;
                int top = 0;
                int bottom = 0;
                for (int i = 0; i < s.children().size(); i++) {
                    Sized c = s.children().get(i);
                    int cx = left + LEAD + (inner - c.width()) / 2;
                    int line = cy + c.mid();
                    place(c, cx, cy, boxes, wires);
                    wires.add(new Wire(left, line, cx, line));
                    wires.add(new Wire(cx + c.width(), line, right, line));
                    if (i == 0) {
                        top = line;
                    }
                    bottom = line;
                    cy += c.height() + VGAP;
                }
                wires.add(new Wire(left, top, left, bottom));
                wires.add(new Wire(right, top, right, bottom));
                wires.add(new Wire(x, y + s.mid(), left, y + s.mid()));
                wires.add(new Wire(right, y + s.mid(), x + s.width(), y + s.mid()));
            }
        }
    }
}
