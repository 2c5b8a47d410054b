package org.interphase.eis.internal.circuit;

import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ImpedanceKernel;

/**
 * Allocation-free evaluation of a parsed circuit tree: series sums, parallel combinations with the
 * chain rule dZ/dp = (Z/Z_i)^2 dZ_i/dp applied in place on the child's parameter range, and elements
 * through {@link FastElement} (or, for plug-in elements, through their {@code Complex} method).
 * The children's impedances of a parallel node are kept on a small stack instead of fresh arrays.
 */
public final class Kernel implements ImpedanceKernel {

    private final Node root;
    private final double[] gRe;
    private final double[] gIm;
    private final Complex[] slow;
    private final double[] z = new double[2];
    private double[] stack = new double[32];
    private int sp;

    public Kernel(Node root, int parameters) {
        this.root = root;
        this.gRe = new double[parameters];
        this.gIm = new double[parameters];
        this.slow = new Complex[parameters];
    }

    @Override
    public void evaluate(double omega, double[] p, boolean gradient) {
        sp = 0;
        eval(root, omega, p, gradient);
    }

    @Override
    public double re() {
        return z[0];
    }

    @Override
    public double im() {
        return z[1];
    }

    @Override
    public double[] gradRe() {
        return gRe;
    }

    @Override
    public double[] gradIm() {
        return gIm;
    }

    private void eval(Node node, double w, double[] p, boolean g) {
        switch (node) {
            case Node.Element e -> element(e, w, p, g);
            case Node.Series s -> {
                double re = 0;
                double im = 0;
                for (Node c : s.children()) {
                    eval(c, w, p, g);
                    re += z[0];
                    im += z[1];
                }
                z[0] = re;
                z[1] = im;
            }
            case Node.Parallel par -> parallel(par, w, p, g);
        }
    }

    private void element(Node.Element e, double w, double[] p, boolean g) {
        if (e.type() instanceof FastElement f) {
            f.evaluate(w, p, e.from(), z, g ? gRe : null, g ? gIm : null);
            return;
        }
        FastElement d = e.type() instanceof DistributedElement de ? de.fastOrNull() : null;
        if (d != null) {
            d.evaluate(w, p, e.from(), z, g ? gRe : null, g ? gIm : null);
            return;
        }
        Complex v = e.type().impedance(w, p, e.from(), g ? slow : null);
        z[0] = v.re();
        z[1] = v.im();
        if (g) {
            for (int k = e.from(); k < e.to(); k++) {
                gRe[k] = slow[k].re();
                gIm[k] = slow[k].im();
            }
        }
    }

    private void parallel(Node.Parallel par, double w, double[] p, boolean g) {
        int n = par.children().size();
        int base = sp;
        if (stack.length < base + 2 * n) {
            stack = java.util.Arrays.copyOf(stack, 2 * (base + 2 * n));
        }
        sp += 2 * n;
        double yr = 0;
        double yi = 0;
        for (int i = 0; i < n; i++) {
            eval(par.children().get(i), w, p, g);
            double d = z[0] * z[0] + z[1] * z[1];
            double cr = z[0] / d; // admittance of child i
            double ci = -z[1] / d;
            stack[base + 2 * i] = cr;
            stack[base + 2 * i + 1] = ci;
            yr += cr;
            yi += ci;
        }
        double d = yr * yr + yi * yi;
        double zr = yr / d;
        double zi = -yi / d;
        if (g) {
            for (int i = 0; i < n; i++) {
                // (Z / Z_i)^2 = (Z Y_i)^2
                double ar = zr * stack[base + 2 * i] - zi * stack[base + 2 * i + 1];
                double ai = zr * stack[base + 2 * i + 1] + zi * stack[base + 2 * i];
                double fr = ar * ar - ai * ai;
                double fi = 2 * ar * ai;
                Node c = par.children().get(i);
                for (int k = c.from(); k < c.to(); k++) {
                    double r = gRe[k];
                    double im = gIm[k];
                    gRe[k] = r * fr - im * fi;
                    gIm[k] = r * fi + im * fr;
                }
            }
        }
        sp = base;
        z[0] = zr;
        z[1] = zi;
    }
}
