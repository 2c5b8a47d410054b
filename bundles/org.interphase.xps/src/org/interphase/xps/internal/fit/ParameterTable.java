package org.interphase.xps.internal.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.interphase.xps.api.Param;
import org.interphase.xps.api.Peak;
import org.interphase.xps.api.PeakModel;

/**
 * The flat list of a model's parameters ({@code peak.parameter}), which of them are free, and the order in
 * which linked ones are resolved (topological; cycles and unknown references are errors).
 */
public final class ParameterTable {

    /** Parameter slots of a peak. */
    public static final String[] KINDS = {"position", "fwhm", "amount", "splitting", "ratio"};

    /** Name of the pseudo-peak that carries refined background parameters. */
    public static final String BACKGROUND = "background";

    private final List<String> names = new ArrayList<>();
    private final List<Param> params = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final int[][] peakSlots;
    private final int[] free;
    private final int[] order;
    private final Expression[] links;
    private final int[][] linkRefs;

    /** Builds the table; background parameters (e.g. offset, scale) are appended when given. */
    public ParameterTable(PeakModel model, Map<String, Param> backgroundParams) {
        peakSlots = new int[model.peaks().size()][];
        for (int k = 0; k < model.peaks().size(); k++) {
            Peak p = model.peaks().get(k);
            int slots = p.doublet().isPresent() ? 5 : 3;
            peakSlots[k] = new int[slots];
            for (int s = 0; s < slots; s++) {
                Param par = switch (s) {
                    case 0 -> p.position();
                    case 1 -> p.fwhm();
                    case 2 -> p.amount();
                    case 3 -> p.doublet().orElseThrow().splitting();
                    default -> p.doublet().orElseThrow().ratio();
                };
                peakSlots[k][s] = add(p.name() + "." + KINDS[s], par);
            }
            String alias = p.name() + "." + p.amountKind().name().toLowerCase(java.util.Locale.ROOT);
            index.put(alias, peakSlots[k][2]);
        }
        for (Map.Entry<String, Param> e : backgroundParams.entrySet()) {
            add(BACKGROUND + "." + e.getKey(), e.getValue());
        }
        int n = params.size();
        links = new Expression[n];
        linkRefs = new int[n][];
        List<Integer> freeList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Param p = params.get(i);
            if (p.link().isPresent()) {
                links[i] = Expression.parse(p.link().get());
                String kind = names.get(i).substring(names.get(i).lastIndexOf('.') + 1);
                List<Expression.Ref> refs = links[i].refs();
                linkRefs[i] = new int[refs.size()];
                for (int r = 0; r < refs.size(); r++) {
                    Expression.Ref ref = refs.get(r);
                    String key = ref.peak() + "." + (ref.parameter().isEmpty() ? kind : ref.parameter());
                    Integer j = index.get(key);
                    if (j == null) {
                        throw new IllegalArgumentException(names.get(i) + " = " + links[i] + ": unknown parameter '"
                                + key + "'" + quotingHint(model));
                    }
                    linkRefs[i][r] = j;
                }
            } else if (p.isFree()) {
                freeList.add(i);
            }
        }
        free = freeList.stream().mapToInt(Integer::intValue).toArray();
        order = topologicalOrder(n);
    }

    /** A hint naming the model's peaks that must be quoted in expressions (empty when all are identifiers). */
    private static String quotingHint(PeakModel model) {
        List<String> odd = model.peaks().stream().map(Peak::name)
                .filter(n -> !n.matches("[\\p{L}_][\\p{L}\\p{N}_]*")).map(n -> "'" + n + "'").toList();
        return odd.isEmpty() ? "" : "; peak names other than letters, digits and _ are quoted in expressions, e.g. "
                + odd.get(0) + ".position (names to quote here: " + String.join(", ", odd) + ")";
    }

    private int add(String name, Param p) {
        names.add(name);
        params.add(p);
        index.put(name, names.size() - 1);
        return names.size() - 1;
    }

    private int[] topologicalOrder(int n) {
        int[] state = new int[n]; // 0 new, 1 visiting, 2 done
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            visit(i, state, out, new ArrayList<>());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private void visit(int i, int[] state, List<Integer> out, List<String> path) {
        if (state[i] == 2 || links[i] == null) {
            state[i] = 2;
            return;
        }
        path.add(names.get(i));
        if (state[i] == 1) {
            throw new IllegalArgumentException("circular links: " + String.join(" -> ", path));
        }
        state[i] = 1;
        for (int j : linkRefs[i]) {
            visit(j, state, out, path);
        }
        state[i] = 2;
        out.add(i);
        path.remove(path.size() - 1);
    }

    /** All parameter values from the free ones (fixed values as given, links evaluated). */
    public double[] resolve(double[] freeValues) {
        double[] v = new double[params.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = params.get(i).value();
        }
        for (int k = 0; k < free.length; k++) {
            v[free[k]] = freeValues[k];
        }
        for (int i : order) {
            int[] refs = linkRefs[i];
            List<Expression.Ref> rl = links[i].refs();
            v[i] = links[i].evaluate(r -> v[refs[rl.indexOf(r)]]);
        }
        return v;
    }

    /** Start values of the free parameters. */
    public double[] start() {
        double[] s = new double[free.length];
        for (int k = 0; k < free.length; k++) {
            s[k] = params.get(free[k]).value();
        }
        return s;
    }

    /** Lower bounds of the free parameters. */
    public double[] lower() {
        double[] s = new double[free.length];
        for (int k = 0; k < free.length; k++) {
            s[k] = params.get(free[k]).min();
        }
        return s;
    }

    /** Upper bounds of the free parameters. */
    public double[] upper() {
        double[] s = new double[free.length];
        for (int k = 0; k < free.length; k++) {
            s[k] = params.get(free[k]).max();
        }
        return s;
    }

    /** Index into the full vector of peak k's slot s (0 position, 1 fwhm, 2 amount, 3 splitting, 4 ratio). */
    public int slot(int peak, int s) {
        return peakSlots[peak][s];
    }

    /** Index of a named parameter ({@code peak.kind}), or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Full-vector indices of the free parameters. */
    public int[] free() {
        return free.clone();
    }

    public int size() {
        return params.size();
    }

    public String name(int i) {
        return names.get(i);
    }

    public Param param(int i) {
        return params.get(i);
    }
}
