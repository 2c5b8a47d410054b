package org.interphase.eis.api;

/**
 * A reusable evaluator of a circuit's Z and analytic dZ/dp into primitive fields, for hot loops (the
 * fitter evaluates a spectrum hundreds of times per fit). Evaluation allocates nothing for the built-in
 * lumped elements. Not thread-safe: create one per thread with {@link Circuit#kernel()}.
 */
public interface ImpedanceKernel {

    /** Evaluates at angular frequency {@code omega} (rad/s); derivatives only when {@code gradient}. */
    void evaluate(double omega, double[] p, boolean gradient);

    /** Re Z of the last evaluation. */
    double re();

    /** Im Z of the last evaluation. */
    double im();

    /** Re dZ/dp_k of the last evaluation with gradient (the kernel's own array; do not keep or modify). */
    double[] gradRe();

    /** Im dZ/dp_k of the last evaluation with gradient (the kernel's own array; do not keep or modify). */
    double[] gradIm();
}
