package org.interphase.xps.api;

import java.util.List;

/**
 * A fitted peak with standard errors (covariance, propagated through links). For a doublet, {@code area}
 * is the total of both lines and {@code lines} lists each line.
 *
 * @param name          peak name
 * @param shape         CasaXPS-style line-shape name
 * @param position      binding energy of the (main) line, eV
 * @param positionError its standard error
 * @param fwhm          the FWHM parameter F of the line shape, eV (the model's width; see {@link #curveFwhm()} for
 *                      the width of the curve)
 * @param fwhmError     its standard error
 * @param area          total area, intensity x eV
 * @param areaError     its standard error
 * @param height        main-line height
 * @param heightError   its standard error
 * @param lines         the lines (one for a singlet, two for a doublet)
 */
public record ComponentResult(String name, String shape, double position, double positionError, double fwhm,
        double fwhmError, double area, double areaError, double height, double heightError, List<Line> lines) {

    public ComponentResult {
        lines = List.copyOf(lines);
    }

    /**
     * The full width at half maximum of the component's curve, eV: {@link LineShape#fwhmRatio()} x F, measured
     * numerically on the shape (for CasaXPS's LF(0.54,10,80,100) about 1.21 F). This is the FWHM to report.
     */
    public double curveFwhm() {
        return LineShape.parse(shape).fwhmRatio() * fwhm;
    }

    /** The standard error of {@link #curveFwhm()} (the curve's FWHM is proportional to F). */
    public double curveFwhmError() {
        return LineShape.parse(shape).fwhmRatio() * fwhmError;
    }

    /**
     * One line of a component.
     *
     * @param label    e.g. {@code Li2S} or {@code Li2S 2p1/2}... the peak name plus a suffix for the second line
     * @param position binding energy
     * @param area     area
     */
    public record Line(String label, double position, double area) {
    }
}
