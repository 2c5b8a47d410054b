package org.interphase.xps.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.xps.api.ComponentResult;
import org.interphase.xps.api.Distribution;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.MonteCarlo;
import org.interphase.xps.api.Quantification;

/**
 * Fit results of the selected region: values with covariance errors, species fractions, Monte Carlo
 * spreads when run.
 */
public final class ResultsPanel extends Composite {

    private static final String[] RESULT_TITLES = { "Component", "Position / eV", "FWHM / eV",
            "Area / counts s\u207b\u00b9 eV", "Fraction / %", "MC \u03c3(area)", "MC 95 % fraction / %" };

    private final Label summary;
    private final Table results;

    public ResultsPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        summary = new Label(this, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false);
        sd.widthHint = 300; // a wrapping label needs a width hint to wrap to the column instead of widening it
        summary.setLayoutData(sd);
        summary.setText("Not fitted yet: add components and press Fit.");
        results = table(RESULT_TITLES, new int[] { 100, 130, 110, 165, 100, 110, 170 });
    }

    private Table table(String[] titles, int[] widths) {
        Table t = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 80;
        t.setLayoutData(gd);
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        return t;
    }

    public Table results() {
        return results;
    }

    public Label summary() {
        return summary;
    }

    /** Shows one region's fit (or clears the table). */
    public void show(Optional<FitResult> fit, Optional<MonteCarlo.Result> mc) {
        results.removeAll();
        if (fit.isEmpty()) {
            summary.setText("Not fitted yet: add components and press Fit.");
            return;
        }
        FitResult f = fit.get();
        List<Quantification.Result> fr = Fractions.speciesFractions(f);
        summary.setText(String.format(Locale.ROOT, "reduced \u03c7\u00b2 %.3f (Poisson weights), %d points, %d free parameters, %s"
                + "%s", f.reducedChi2(), f.x().length, f.freeNames().size(),
                f.converged() ? "converged" : f.iterations() == 0 ? "not fitted: start values shown (dragged or restored), press Fit"
                        : "NOT converged (iteration limit)",
                mc.map(m -> String.format(Locale.ROOT, "; Monte Carlo: %d refits%s", m.trials(),
                        m.cancelled() ? " (cancelled)" : "")).orElse("")));
        List<String> undetermined = f.components().stream().filter(c -> !Double.isFinite(c.areaError()))
                .map(ComponentResult::name).toList();
        if (!undetermined.isEmpty()) {
            summary.setText(summary.getText() + ". No covariance error for " + String.join(", ", undetermined)
                    + ": a parameter is on a bound or undetermined (e.g. the position of a zero-area component);"
                    + " hold or remove it and refit, or run Monte Carlo.");
        }
        if (f.covarianceScale() != 1) {
            String t = summary.getText();
            String e = f.errorScaling();
            summary.setText(t.endsWith(".") ? t + " " + Character.toUpperCase(e.charAt(0)) + e.substring(1) + "."
                    : t + "; " + e + ".");
        }
        org.interphase.xps.api.BackgroundCheck check = f.backgroundCheck();
        if (check.aboveData()) { // first, where it cannot be missed
            summary.setText("\u26a0 BACKGROUND ABOVE THE DATA: " + check.warning().orElse("")
                    + " Suggested: tick \"Clamp Shirley below data\" and refit.\n" + summary.getText());
        }
        boolean sharesDefined = f.components().stream().allMatch(c -> c.area() >= 0)
                && f.components().stream().mapToDouble(ComponentResult::area).sum() > 0;
        if (!sharesDefined) {
            summary.setText(summary.getText() + ". A component area is negative: no fractions are given.");
        }
        for (int k = 0; k < f.components().size(); k++) {
            ComponentResult c = f.components().get(k);
            Quantification.Result q = fr.get(k);
            String mcArea = "";
            String mcFrac = "";
            if (mc.isPresent()) {
                mcArea = find(mc.get().areas(), c.name() + ".area").map(d -> fmt(d.sd(), 1)).orElse("");
                mcFrac = find(mc.get().atomicPercent(), c.name() + ".atomicPercent")
                        .map(d -> String.format(Locale.ROOT, "%.1f \u2013 %.1f", d.lower95(), d.upper95())).orElse("");
            }
            new TableItem(results, SWT.NONE).setText(new String[] { c.name(), pm(c.position(), c.positionError(), 3),
                    pm(c.curveFwhm(), c.curveFwhmError(), 3), pm(c.area(), c.areaError(), 1),
                    !sharesDefined ? "undefined" : Double.isFinite(c.areaError())
                            ? pm(q.atomicPercent(), q.atomicPercentError(), 1) : fmt(q.atomicPercent(), 1) + " (bound)",
                    mcArea, mcFrac });
        }
        summary.requestLayout(); // the summary may now need more lines
    }

    private static Optional<Distribution> find(List<Distribution> l, String name) {
        return l.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** v ± e; "(bound)" when the error is undefined (a parameter on a bound), "(held)" when it is 0 (held). */
    static String pm(double v, double e, int digits) {
        return !Double.isFinite(e) ? fmt(v, digits) + " (bound)"
                : e == 0 ? fmt(v, digits) + " (held)" : fmt(v, digits) + " \u00b1 " + fmt(e, digits);
    }

    static String fmt(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
