package org.interphase.eis.internal.circuit;

import java.util.List;

import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ElementType;

/**
 * A node of a parsed circuit. Parameters of a subtree occupy the contiguous index range [from, to) of the
 * circuit's parameter vector, which lets a parallel node rescale its children's derivatives in place.
 */
public sealed interface Node {

    /** Impedance at angular frequency w; derivatives into grad[from..to) when grad is not null. */
    Complex eval(double w, double[] p, Complex[] grad);

    int from();

    int to();

    /** impedance.py-style text of the subtree. */
    String text();

    /**
     * An element with its name (e.g. "CPE1"), the index of its first parameter and one past its last
     * (cached: asking the type for its parameter count is an interface call on the hot path).
     */
    record Element(ElementType type, String name, int from, int to) implements Node {

        public Element(ElementType type, String name, int from) {
            this(type, name, from, from + type.parameters().size());
        }

        @Override
        public Complex eval(double w, double[] p, Complex[] grad) {
            return type.impedance(w, p, from, grad);
        }

        @Override
        public String text() {
            return name;
        }
    }

    /** Elements in series: Z = sum Z_i. */
    record Series(List<Node> children) implements Node {

        public Series {
            children = List.copyOf(children);
        }

        @Override
        public Complex eval(double w, double[] p, Complex[] grad) {
            double re = 0;
            double im = 0;
            for (Node c : children) {
                Complex z = c.eval(w, p, grad);
                re += z.re();
                im += z.im();
            }
            return new Complex(re, im);
        }

        @Override
        public int from() {
            return children.get(0).from();
        }

        @Override
        public int to() {
            return children.get(children.size() - 1).to();
        }

        @Override
        public String text() {
            return String.join("-", children.stream().map(Node::text).toList());
        }
    }

    /** Elements in parallel: 1/Z = sum 1/Z_i, so dZ/dp = (Z/Z_i)^2 dZ_i/dp for p in child i. */
    record Parallel(List<Node> children) implements Node {

        public Parallel {
            children = List.copyOf(children);
        }

        @Override
        public Complex eval(double w, double[] p, Complex[] grad) {
            int n = children.size();
            Complex[] zs = new Complex[n];
            Complex y = Complex.ZERO;
            for (int i = 0; i < n; i++) {
                zs[i] = children.get(i).eval(w, p, grad);
                y = y.plus(zs[i].reciprocal());
            }
            Complex z = y.reciprocal();
            if (grad != null) {
                for (int i = 0; i < n; i++) {
                    Complex f = z.divide(zs[i]).square();
                    Node c = children.get(i);
                    for (int k = c.from(); k < c.to(); k++) {
                        grad[k] = grad[k].times(f);
                    }
                }
            }
            return z;
        }

        @Override
        public int from() {
            return children.get(0).from();
        }

        @Override
        public int to() {
            return children.get(children.size() - 1).to();
        }

        @Override
        public String text() {
            return "p(" + String.join(",", children.stream().map(Node::text).toList()) + ")";
        }
    }
}
