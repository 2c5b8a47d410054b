package org.interphase.xps.internal.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A parsed link expression such as {@code A + 1.18}, {@code A.area * 0.5} or {@code (A + B) / 2}: numbers,
 * parameter references, + - * /, unary minus and parentheses (recursive descent). A reference is a peak
 * name, optionally followed by {@code .parameter}; names with spaces or symbols are written in single or
 * double quotes ({@code 'PS4 3-'.position}). A bare peak name means "the same parameter of that peak".
 */
public final class Expression {

    /** How to write names that are not identifiers; part of every error message about names. */
    public static final String QUOTING = "names other than letters, digits and _ are quoted: 'S-Au'.position, "
            + "\"Li 2S\".area";

    /** A parameter reference: peak name and parameter (empty = same parameter as the target). */
    public record Ref(String peak, String parameter) {
    }

    private sealed interface Node permits Num, RefNode, Neg, Bin {
    }

    private record Num(double v) implements Node {
    }

    private record RefNode(Ref ref) implements Node {
    }

    private record Neg(Node a) implements Node {
    }

    private record Bin(char op, Node a, Node b) implements Node {
    }

    private final String text;
    private final Node root;
    private final List<Ref> refs;

    private Expression(String text, Node root, List<Ref> refs) {
        this.text = text;
        this.root = root;
        this.refs = List.copyOf(refs);
    }

    /** Parses the text; throws IllegalArgumentException naming the position of a syntax error. */
    public static Expression parse(String text) {
        Parser p = new Parser(text);
        Node n = p.expr();
        p.skip();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return new Expression(text, n, p.refs);
    }

    /** The references in order of appearance. */
    public List<Ref> refs() {
        return refs;
    }

    /** The source text. */
    public String text() {
        return text;
    }

    /** Evaluates with the given reference values. */
    public double evaluate(ToDoubleFunction<Ref> values) {
        return eval(root, values);
    }

    private static double eval(Node n, ToDoubleFunction<Ref> values) {
        return switch (n) {
            case Num x -> x.v();
            case RefNode r -> values.applyAsDouble(r.ref());
            case Neg g -> -eval(g.a(), values);
            case Bin b -> {
                double l = eval(b.a(), values);
                double r = eval(b.b(), values);
                yield switch (b.op()) {
                    case '+' -> l + r;
                    case '-' -> l - r;
                    case '*' -> l * r;
                    default -> l / r;
                };
            }
        };
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class Parser {
        final String s;
        int pos;
        final List<Ref> refs = new ArrayList<>();

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("expression '" + s + "', column " + (pos + 1) + ": " + what
                    + " (" + QUOTING + ")");
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(char c) {
            skip();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        Node expr() {
            Node n = term();
            while (true) {
                if (eat('+')) {
                    n = new Bin('+', n, term());
                } else if (eat('-')) {
                    n = new Bin('-', n, term());
                } else {
                    return n;
                }
            }
        }

        Node term() {
            Node n = factor();
            while (true) {
                if (eat('*')) {
                    n = new Bin('*', n, factor());
                } else if (eat('/')) {
                    n = new Bin('/', n, factor());
                } else {
                    return n;
                }
            }
        }

        Node factor() {
            skip();
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(pos);
            if (eat('-')) {
                return new Neg(factor());
            }
            if (eat('+')) {
                return factor();
            }
            if (eat('(')) {
                Node n = expr();
                if (!eat(')')) {
                    throw error("')' expected");
                }
                return n;
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            if (c == '\'' || c == '"' || Character.isLetter(c) || c == '_') {
                String peak = name();
                String param = "";
                if (pos < s.length() && s.charAt(pos) == '.') {
                    pos++;
                    param = identifier().toLowerCase(Locale.ROOT);
                }
                Ref r = new Ref(peak, param);
                refs.add(r);
                return new RefNode(r);
            }
            throw error("unexpected '" + c + "'");
        }

        Node number() {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
            }
            try {
                return new Num(Double.parseDouble(s.substring(start, pos)));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("bad number '" + s.substring(start) + "'");
            }
        }

        String name() {
            char q = s.charAt(pos);
            if (q == '\'' || q == '"') {
                int end = s.indexOf(q, pos + 1);
                if (end < 0) {
                    throw error("unclosed quote");
                }
                String n = s.substring(pos + 1, end);
                pos = end + 1;
                return n;
            }
            return identifier();
        }

        String identifier() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw error("name expected");
            }
            return s.substring(start, pos);
        }
    }
}
