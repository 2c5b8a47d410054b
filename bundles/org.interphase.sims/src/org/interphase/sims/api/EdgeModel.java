package org.interphase.sims.api;

import org.interphase.sims.internal.math.StepShape;

/**
 * Shape of an interface edge: {@code y = b + A F(+/-(x - c) / s)} with F a step from 0 to 1.
 */
public enum EdgeModel {

    /**
     * Error function (a Gaussian-broadened step, the mixing-roughness-information depth picture of
     * S. Hofmann, Surf. Interface Anal. 21 (1994) 673): F(u) = (1 + erf(u / sqrt 2)) / 2, s = sigma; the
     * 16-84 % width is 2 z s with z = Phi^-1(0.84) = 0.99446.
     */
    ERF {
        @Override
        public double step(double u) {
            return StepShape.ERF.value(u);
        }

        @Override
        public double stepDerivative(double u) {
            return StepShape.ERF.derivative(u);
        }

        @Override
        StepShape shape() {
            return StepShape.ERF;
        }

        @Override
        public double widthPerScale() {
            return 2 * Z84;
        }
    },

    /** Logistic step F(u) = 1 / (1 + exp(-u)); the 16-84 % width is 2 s ln(0.84 / 0.16). */
    LOGISTIC {
        @Override
        public double step(double u) {
            return StepShape.LOGISTIC.value(u);
        }

        @Override
        public double stepDerivative(double u) {
            return StepShape.LOGISTIC.derivative(u);
        }

        @Override
        StepShape shape() {
            return StepShape.LOGISTIC;
        }

        @Override
        public double widthPerScale() {
            return 2 * Math.log(0.84 / 0.16);
        }
    };

    /** Phi^-1(0.84), the standard-normal quantile of the 84 % point. */
    public static final double Z84 = 0.9944578832097535;

    /** The unit step F(u), rising from 0 to 1. */
    public abstract double step(double u);

    /** dF/du. */
    public abstract double stepDerivative(double u);

    /** The 16-84 % width divided by the scale parameter s. */
    public abstract double widthPerScale();

    abstract StepShape shape();
}
