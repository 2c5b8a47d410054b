package org.interphase.eis.internal.fit;

import java.util.ArrayList;
import java.util.List;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitMonitor;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.internal.circuit.BasicElement;
import org.interphase.eis.internal.circuit.CircuitTrees;
import org.interphase.eis.internal.circuit.Node;

/**
 * A fit without user guesses. Besides the multi-start from data-driven guesses ({@link Guesser}), each
 * {@code p(R,CPE)} or {@code p(R,C)} block in the main series chain is also tried as a blocking element:
 * the circuit with that R held very large (the block reduced to its CPE or C, a smaller nested model)
 * is fitted first, and its optimum starts a free fit of the whole circuit. A nested model's optimum is a
 * valid start for the bigger model, and this reaches minima that random perturbations of one start miss,
 * e.g. the ion-blocking electrode of a solid electrolyte pellet (Huang et al., hybrid-drt tutorial data:
 * pseudo-χ² 0.0164 against 0.0706 from perturbations alone). The best fit by χ² is returned, with the
 * evaluations of all fits.
 */
public final class AutoStart {

    /** How far above the spectrum's largest |Z| a "blocking" resistor is held. */
    static final double BLOCKING = 1e6;

    private AutoStart() {
    }

    public static FitResult fit(Circuit c, ImpedanceData d, FitOptions o, FitMonitor monitor) {
        double[] guess = Guesser.guess(c, d);
        FitResult best = FitEngine.fit(c, d, guess, o, monitor);
        int evals = best.evaluations();
        int jacs = best.jacobianEvaluations();
        int iters = best.iterations();
        int starts = best.starts();
        double zMax = 0;
        for (int i = 0; i < d.size(); i++) {
            zMax = Math.max(zMax, d.z(i).abs());
        }
        for (String r : blockResistors(c, o)) {
            if (monitor.isCanceled() || !(zMax > 0)) {
                break;
            }
            double big = BLOCKING * zMax;
            double[] start = guess.clone();
            start[c.indexOf(r)] = big;
            FitResult nested;
            FitResult free;
            try {
                nested = FitEngine.fit(c, d, start, o.withFixed(r, big), monitor);
                double[] seed = nested.values();
                for (int i = 0; i < seed.length; i++) {
                    // a value the nested fit pushed onto a zero bound is no valid start (positive parameters)
                    if (!(seed[i] > 0) && c.parameters().get(i).lower() >= 0) {
                        seed[i] = guess[i];
                    }
                }
                free = FitEngine.fit(c, d, seed, o.withStarts(1), monitor);
            } catch (IllegalArgumentException e) {
                continue; // an extra start that cannot be set up never costs the fit from the guesses
            }
            evals += nested.evaluations() + free.evaluations();
            jacs += nested.jacobianEvaluations() + free.jacobianEvaluations();
            iters += nested.iterations() + free.iterations();
            starts += nested.starts() + free.starts();
            if (Double.isFinite(free.chiSquare())
                    && (!Double.isFinite(best.chiSquare()) || free.chiSquare() < best.chiSquare() * (1 - 1e-9))) {
                best = free;
            }
        }
        return new FitResult(best.circuit(), best.weighting(), best.parameters(), best.chiSquare(),
                best.reducedChiSquare(), best.pseudoChiSquare(), best.aic(), best.bic(), best.points(),
                best.degreesOfFreedom(), evals, jacs, iters, starts, best.bestStart(), best.primaryChiSquare(),
                best.covariance(), best.correlation(), best.flags(), best.converged(), best.message(),
                best.wallTimeNanos());
    }

    /** The resistors of R‖CPE and R‖C blocks in the main series chain that the options leave free. */
    static List<String> blockResistors(Circuit c, FitOptions o) {
        Node root = CircuitTrees.root(c);
        List<Node> chain = root instanceof Node.Series s ? s.children() : List.of(root);
        List<String> out = new ArrayList<>();
        for (Node n : chain) {
            if (n instanceof Node.Parallel p && p.children().size() == 2
                    && p.children().get(0) instanceof Node.Element a && p.children().get(1) instanceof Node.Element b) {
                Node.Element r = a.type() == BasicElement.R ? a : b.type() == BasicElement.R ? b : null;
                Node.Element q = r == a ? b : a;
                if (r == null || !(q.type() == BasicElement.CPE || q.type() == BasicElement.C)) {
                    continue;
                }
                String name = c.parameterNames().get(r.from());
                boolean constrained = o.fixed().containsKey(name) || o.bounds().containsKey(name)
                        || o.links().containsKey(name) || o.links().containsValue(name)
                        || c.links().containsKey(name) || c.links().containsValue(name);
                if (!constrained) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
