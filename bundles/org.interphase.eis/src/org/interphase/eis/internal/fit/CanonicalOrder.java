package org.interphase.eis.internal.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.internal.circuit.BasicElement;
import org.interphase.eis.internal.circuit.CircuitTrees;
import org.interphase.eis.internal.circuit.Node;

/**
 * A canonical labelling of interchangeable sub-circuits. Blocks {@code p(R,CPE)} (or {@code p(R,C)}) in
 * series give the same impedance in any order, so a fit may return the arc of block 2 under the labels
 * of block 3; over a series, labels then swap half-way and a trend of R2 becomes meaningless. After each
 * fit the blocks of one kind are relabelled in order of their relaxation time, smallest first:
 * τ = (R·Q)^(1/α) for R‖CPE (Hsu and Mansfeld, Corrosion 57 (2001) 747) and τ = R·C for R‖C. Values,
 * start values, errors, intervals, flags and the covariance move with their block.
 * Blocks whose parameters are linked or shared across a series are left as they are.
 */
final class CanonicalOrder {

    /** One interchangeable block: indices of its R, its Q or C, and its CPE exponent (-1 for C). */
    private record Block(int r, int q, int alpha) {

        double tau(double[] p) {
            double rq = p[r] * p[q];
            return alpha < 0 ? rq : Math.pow(rq, 1 / p[alpha]);
        }
    }

    private final List<List<Block>> groups;
    private final String description;

    private CanonicalOrder(List<List<Block>> groups, String description) {
        this.groups = groups;
        this.description = description;
    }

    /** The order for {@code c}, or empty when it has no two interchangeable blocks. */
    static Optional<CanonicalOrder> of(Circuit c, Set<String> sharedOrLinked) {
        Node root = CircuitTrees.root(c);
        List<Node> chain = root instanceof Node.Series s ? s.children() : List.of(root);
        List<Block> cpe = new ArrayList<>();
        List<Block> cap = new ArrayList<>();
        List<String> cpeText = new ArrayList<>();
        List<String> capText = new ArrayList<>();
        for (Node n : chain) {
            if (!(n instanceof Node.Parallel p) || p.children().size() != 2
                    || !(p.children().get(0) instanceof Node.Element a)
                    || !(p.children().get(1) instanceof Node.Element b)) {
                continue;
            }
            Node.Element r = a.type() == BasicElement.R ? a : b.type() == BasicElement.R ? b : null;
            Node.Element q = r == a ? b : a;
            if (r == null || touches(c, sharedOrLinked, r, q)) {
                continue;
            }
            if (q.type() == BasicElement.CPE) {
                cpe.add(new Block(r.from(), q.from(), q.from() + 1));
                cpeText.add(p.text());
            } else if (q.type() == BasicElement.C) {
                cap.add(new Block(r.from(), q.from(), -1));
                capText.add(p.text());
            }
        }
        List<List<Block>> groups = new ArrayList<>();
        List<String> text = new ArrayList<>();
        if (cpe.size() > 1) {
            groups.add(cpe);
            text.add(String.join(", ", cpeText) + " ordered by τ = (R·Q)^(1/α)");
        }
        if (cap.size() > 1) {
            groups.add(cap);
            text.add(String.join(", ", capText) + " ordered by τ = R·C");
        }
        return groups.isEmpty() ? Optional.empty()
                : Optional.of(new CanonicalOrder(groups, String.join("; ", text) + ", smallest τ first"));
    }

    private static boolean touches(Circuit c, Set<String> names, Node.Element... elements) {
        for (Node.Element e : elements) {
            for (int i = e.from(); i < e.to(); i++) {
                String name = c.parameterNames().get(i);
                if (names.contains(name) || c.links().containsKey(name) || c.links().containsValue(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the order does, for the result ("p(R1,CPE1), p(R2,CPE2) ordered by τ …"). */
    String description() {
        return description;
    }

    /** {@code r} with its blocks relabelled by τ; {@link FitFlag#REORDERED} when anything moved. */
    FitResult apply(FitResult r) {
        double[] p = r.values();
        int[] from = new int[p.length];
        Arrays.setAll(from, i -> i);
        boolean moved = false;
        for (List<Block> group : groups) {
            if (group.stream().anyMatch(b -> !Double.isFinite(b.tau(p)))) {
                continue;
            }
            List<Block> byTau = new ArrayList<>(group);
            byTau.sort(Comparator.comparingDouble(b -> b.tau(p)));
            for (int slot = 0; slot < group.size(); slot++) {
                Block target = group.get(slot);
                Block source = byTau.get(slot);
                moved |= target != source;
                from[target.r()] = source.r();
                from[target.q()] = source.q();
                if (target.alpha() >= 0) {
                    from[target.alpha()] = source.alpha();
                }
            }
        }
        if (!moved) {
            return r;
        }
        List<FittedParameter> params = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            FittedParameter slot = r.parameters().get(i);
            FittedParameter src = r.parameters().get(from[i]);
            params.add(new FittedParameter(slot.name(), slot.unit(), src.value(), src.initial(), src.standardError(),
                    src.lower95(), src.upper95(), src.flags()));
        }
        Set<FitFlag> flags = EnumSet.of(FitFlag.REORDERED);
        flags.addAll(r.flags());
        return new FitResult(r.circuit(), r.weighting(), params, r.chiSquare(), r.reducedChiSquare(),
                r.pseudoChiSquare(), r.aic(), r.bic(), r.points(), r.degreesOfFreedom(), r.evaluations(),
                r.jacobianEvaluations(), r.iterations(), r.starts(), r.bestStart(), r.primaryChiSquare(),
                permute(r.covariance(), from), permute(r.correlation(), from), flags, r.converged(), r.message(),
                r.wallTimeNanos());
    }

    private static double[][] permute(double[][] m, int[] from) {
        if (m == null || m.length != from.length) {
            return m;
        }
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = m[from[i]][from[j]];
            }
        }
        return out;
    }
}
