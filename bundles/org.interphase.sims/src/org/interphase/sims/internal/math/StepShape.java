package org.interphase.sims.internal.math;

/** Unit steps F(u) rising from 0 to 1 and their derivatives (the shapes behind the public EdgeModel). */
public enum StepShape {

    /** F(u) = (1 + erf(u / sqrt 2)) / 2, the standard-normal CDF. */
    ERF {
        @Override
        public double value(double u) {
            return 0.5 * ErfTable.erfc(-u * INV_SQRT2);
        }

        @Override
        public double derivative(double u) {
            return Math.exp(-0.5 * u * u) * INV_SQRT2PI;
        }
    },

    /** F(u) = 1 / (1 + exp(-u)). */
    LOGISTIC {
        @Override
        public double value(double u) {
            return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
        }

        @Override
        public double derivative(double u) {
            double f = value(u);
            return f * (1 - f);
        }
    };

    private static final double INV_SQRT2 = 1 / Math.sqrt(2);
    private static final double INV_SQRT2PI = 1 / Math.sqrt(2 * Math.PI);

    /** F(u). */
    public abstract double value(double u);

    /** dF/du. */
    public abstract double derivative(double u);
}
