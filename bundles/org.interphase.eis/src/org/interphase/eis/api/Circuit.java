package org.interphase.eis.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.eis.internal.circuit.CdcParser;
import org.interphase.eis.internal.circuit.ImpedancePyParser;
import org.interphase.eis.internal.circuit.Kernel;
import org.interphase.eis.internal.circuit.Node;

/**
 * An equivalent circuit parsed from text, in either dialect:
 * <ul>
 * <li>impedance.py: {@code R0-p(R1,CPE1)-Wo1} ('-' series, {@code p(a,b)} parallel, names = symbol + number);
 * parameters are named like impedance.py: {@code R0}, {@code CPE1_0}, {@code CPE1_1};</li>
 * <li>Boukamp CDC: {@code R(RQ)(RQ)W} (letters in series, {@code ( )} parallel, {@code [ ]} series).</li>
 * </ul>
 * The dialect is recognised automatically: text with '-', ',', digits or {@code p(} is impedance.py.
 * Linked parameters follow a ';': {@code R0-p(R1,CPE1)-p(R2,CPE2); CPE2_1 = CPE1_1, R2 = R1} makes the
 * left-hand parameter take the right-hand one's value in fits (same unit required, no chains).
 * Immutable and thread-safe.
 */
public final class Circuit {

    /** The two text dialects. */
    public enum Dialect {
        IMPEDANCE_PY, CDC
    }

    static {
        org.interphase.eis.internal.circuit.CircuitTrees.register(c -> c.root);
    }

    private final String text;
    private final Dialect dialect;
    private final Node root;
    private final List<String> names;
    private final List<ParameterSpec> specs;
    private final List<String> elements;
    private final Map<String, String> links;

    private Circuit(String text, Dialect dialect, Node root, String linkText, int linkOffset) {
        this.text = text;
        this.dialect = dialect;
        this.root = root;
        List<String> n = new ArrayList<>();
        List<ParameterSpec> s = new ArrayList<>();
        List<String> e = new ArrayList<>();
        collect(root, n, s, e);
        this.names = List.copyOf(n);
        this.specs = List.copyOf(s);
        this.elements = List.copyOf(e);
        this.links = parseLinks(text, linkText, linkOffset);
    }

    /**
     * Parses with the installed elements (built-in ones and those plug-ins register as {@link ElementType}
     * services, see {@link ElementLibrary#installed()}); throws {@link CircuitSyntaxException} with the position.
     */
    public static Circuit parse(String text) {
        return parse(text, ElementLibrary.installed());
    }

    /** Parses with the given element library. */
    public static Circuit parse(String text, ElementLibrary library) {
        String full = text.strip();
        int semi = full.indexOf(';');
        String t = semi < 0 ? full : full.substring(0, semi).strip();
        String linkText = semi < 0 ? "" : full.substring(semi + 1);
        if (isImpedancePy(t)) {
            return new Circuit(full, Dialect.IMPEDANCE_PY, ImpedancePyParser.parse(t, library), linkText, semi + 1);
        }
        return new Circuit(full, Dialect.CDC, CdcParser.parse(t, library), linkText, semi + 1);
    }

    /** An error message for the circuit text, or empty when it parses (for text fields). */
    public static Optional<String> validate(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (CircuitSyntaxException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** "A = B, C = D" after the ';' into an ordered target-to-source map, checked against the parameters. */
    private Map<String, String> parseLinks(String full, String linkText, int offset) {
        Map<String, String> out = new LinkedHashMap<>();
        int pos = offset;
        for (String part : linkText.split(",", -1)) {
            int here = pos;
            pos += part.length() + 1;
            if (part.isBlank()) {
                if (linkText.isBlank()) {
                    break;
                }
                throw new CircuitSyntaxException(full, here, "empty link (write e.g. R2 = R1)");
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new CircuitSyntaxException(full, here, "a link needs '=' (e.g. R2 = R1)");
            }
            String target = part.substring(0, eq).strip();
            String source = part.substring(eq + 1).strip();
            for (String n : List.of(target, source)) {
                if (!names.contains(n)) {
                    throw new CircuitSyntaxException(full, here, "no parameter " + n + " (parameters: " + names + ")");
                }
            }
            if (target.equals(source) || out.containsKey(target) || out.containsValue(target)
                    || out.containsKey(source)) {
                throw new CircuitSyntaxException(full, here, "link " + target + " = " + source
                        + " repeats or chains links; link every parameter directly to one source");
            }
            String ut = specs.get(names.indexOf(target)).unit();
            String us = specs.get(names.indexOf(source)).unit();
            if (!ut.equals(us)) {
                throw new CircuitSyntaxException(full, here, "cannot link " + target + " [" + ut + "] to " + source
                        + " [" + us + "]: different units");
            }
            out.put(target, source);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static boolean isImpedancePy(String t) {
        return t.contains("-") || t.contains(",") || t.contains("p(") || t.chars().anyMatch(Character::isDigit);
    }

    private static void collect(Node node, List<String> names, List<ParameterSpec> specs, List<String> elements) {
        switch (node) {
            case Node.Element e -> {
                elements.add(e.name());
                List<ParameterSpec> ps = e.type().parameters();
                for (int k = 0; k < ps.size(); k++) {
                    String name = ps.size() == 1 ? e.name() : e.name() + "_" + k;
                    names.add(name);
                    specs.add(ps.get(k).named(name));
                }
            }
            case Node.Series s -> s.children().forEach(c -> collect(c, names, specs, elements));
            case Node.Parallel p -> p.children().forEach(c -> collect(c, names, specs, elements));
        }
    }

    /**
     * A resistor in parallel with a CPE or a capacitor, e.g. {@code p(R1,CPE1)}.
     *
     * @param resistor   the resistor's name, e.g. "R1"
     * @param capacitive the CPE's or capacitor's element name, e.g. "CPE1"
     * @param cpe        whether it is a CPE (else a capacitor)
     */
    public record Pair(String resistor, String capacitive, boolean cpe) {
    }

    /** The R || CPE and R || C pairs of the circuit, in order of appearance. */
    public List<Pair> parallelPairs() {
        return org.interphase.eis.internal.circuit.RcPairs.of(root);
    }

    /** Linked parameters written in the text, target name to source name (empty when none). */
    public Map<String, String> links() {
        return links;
    }

    /** The text as given (whitespace stripped at the ends). */
    public String text() {
        return text;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The circuit in impedance.py notation (CDC circuits are translated). */
    public String toImpedancePy() {
        return root.text();
    }

    /** Parameter names in vector order, impedance.py style ({@code R0}, {@code CPE1_0}, ...). */
    public List<String> parameterNames() {
        return names;
    }

    /** Parameter specifications (named with the full parameter names) in vector order. */
    public List<ParameterSpec> parameters() {
        return specs;
    }

    public int parameterCount() {
        return names.size();
    }

    /** Element names in order of appearance. */
    public List<String> elementNames() {
        return elements;
    }

    /** Index of a parameter by name, or -1. */
    public int indexOf(String parameterName) {
        return names.indexOf(parameterName);
    }

    /** The typical value of every parameter (a naive start; prefer data-driven guesses). */
    public double[] typicalValues() {
        return specs.stream().mapToDouble(ParameterSpec::typical).toArray();
    }

    /** Z at frequency {@code frequencyHz} for parameters {@code p}. */
    public Complex impedance(double frequencyHz, double[] p) {
        return impedance(frequencyHz, p, null);
    }

    /** Z and, when {@code grad} (length = parameter count) is not null, the analytic dZ/dp. */
    public Complex impedance(double frequencyHz, double[] p, Complex[] grad) {
        if (p.length != names.size()) {
            throw new IllegalArgumentException("expected " + names.size() + " parameters, got " + p.length);
        }
        return root.eval(2 * Math.PI * frequencyHz, p, grad);
    }

    /** A new allocation-free evaluator of this circuit for one thread (see {@link ImpedanceKernel}). */
    public ImpedanceKernel kernel() {
        return new Kernel(root, names.size());
    }

    @Override
    public String toString() {
        return text;
    }
}
