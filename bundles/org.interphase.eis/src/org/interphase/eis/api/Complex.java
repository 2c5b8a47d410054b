package org.interphase.eis.api;

/**
 * A small immutable complex number for impedance arithmetic (no NaN policing, so it stays fast).
 *
 * @param re real part
 * @param im imaginary part
 */
public record Complex(double re, double im) {

    public static final Complex ZERO = new Complex(0, 0);
    public static final Complex ONE = new Complex(1, 0);
    public static final Complex I = new Complex(0, 1);

    public static Complex real(double re) {
        return new Complex(re, 0);
    }

    public Complex plus(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    public Complex plus(double d) {
        return new Complex(re + d, im);
    }

    public Complex minus(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    public Complex times(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    public Complex times(double d) {
        return new Complex(re * d, im * d);
    }

    public Complex divide(Complex o) {
        double d = o.re * o.re + o.im * o.im;
        return new Complex((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    public Complex reciprocal() {
        double d = re * re + im * im;
        return new Complex(re / d, -im / d);
    }

    public Complex negate() {
        return new Complex(-re, -im);
    }

    public Complex square() {
        return times(this);
    }

    /** |z|. */
    public double abs() {
        return Math.sqrt(re * re + im * im); // not Math.hypot: 10x slower, and impedances never overflow
    }

    /** |z|^2. */
    public double abs2() {
        return re * re + im * im;
    }

    /** Argument in radians. */
    public double arg() {
        return Math.atan2(im, re);
    }

    /** Principal square root (real part &ge; 0). */
    public Complex sqrt() {
        if (re == 0 && im == 0) {
            return ZERO;
        }
        double t = Math.sqrt((abs() + Math.abs(re)) / 2);
        if (re >= 0) {
            return new Complex(t, im / (2 * t));
        }
        return new Complex(Math.abs(im) / (2 * t), Math.copySign(t, im));
    }

    public Complex exp() {
        double e = Math.exp(re);
        return new Complex(e * Math.cos(im), e * Math.sin(im));
    }

    /** Principal logarithm. */
    public Complex log() {
        return new Complex(Math.log(abs()), arg());
    }

    /** Principal power z^a for real a. */
    public Complex pow(double a) {
        if (re == 0 && im == 0) {
            return ZERO;
        }
        return log().times(a).exp();
    }

    /** Hyperbolic cotangent, stable for large arguments. */
    public Complex coth() {
        if (re < 0) {
            return negate().coth().negate();
        }
        Complex e = times(-2).exp();
        return ONE.plus(e).divide(ONE.minus(e));
    }

    /** Hyperbolic tangent, stable for large arguments. */
    public Complex tanh() {
        if (re < 0) {
            return negate().tanh().negate();
        }
        Complex e = times(-2).exp();
        return ONE.minus(e).divide(ONE.plus(e));
    }

    /** (j omega)^a = omega^a e^{j pi a / 2}, used by constant-phase elements. */
    public static Complex jOmegaPow(double omega, double a) {
        double m = Math.pow(omega, a);
        double phi = Math.PI / 2 * a;
        return new Complex(m * Math.cos(phi), m * Math.sin(phi));
    }

    @Override
    public String toString() {
        return re + (im < 0 ? " - " : " + ") + Math.abs(im) + "j";
    }
}
