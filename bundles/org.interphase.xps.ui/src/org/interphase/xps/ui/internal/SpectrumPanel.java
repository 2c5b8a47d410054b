package org.interphase.xps.ui.internal;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;
import org.interphase.xps.api.FitResult;

/**
 * The spectrum of the selected region on a reversed binding-energy axis (high BE on the left): data as
 * symbols, background, each component (on top of the background) and the envelope; above it a strip of
 * residuals on the same x range (a quarter of the height).
 */
public final class SpectrumPanel extends Composite {

    /** x axis title. */
    public static final String X_TITLE = "Binding energy / eV";
    /** y axis title of the spectrum. */
    public static final String Y_TITLE = "Intensity / cps";
    /** y axis title of the residuals. */
    public static final String RESIDUAL_TITLE = "Res. / cps";
    /** Smallest residual strip (px) whose plot still holds its title. */
    static final int RESIDUAL_MIN_HEIGHT = 62;

    /** Below this chart height (px) the region title is hidden to leave the rows to the plot. */
    static final int TITLE_MIN_HEIGHT = 320;

    private static final RGB DATA = new RGB(40, 40, 40);
    private static final RGB BACKGROUND = new RGB(120, 120, 120);
    private static final RGB ENVELOPE = new RGB(213, 94, 0);

    /** Palette indices for components: not vermillion (the envelope) or black. */
    private static final RGB[] COMPONENT_COLOURS = { Palette.colour(0), Palette.colour(2), Palette.colour(3),
            Palette.colour(5), Palette.colour(4), Palette.colour(6) };

    private final Chart spectrum;
    private final Chart residuals;

    public SpectrumPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new org.eclipse.swt.layout.FillLayout());
        SashForm sash = new SashForm(this, SWT.VERTICAL);
        // residual strip above the spectrum (as in CasaXPS), sharing its x axis: no x labels of its own
        residuals = Charts.create(sash, null, X_TITLE, RESIDUAL_TITLE);
        residuals.getLegend().setVisible(false);
        residuals.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        residuals.getAxisSet().getXAxis(0).getTick().setVisible(false);
        Font small = new Font(getDisplay(), getFont().getFontData()[0].getName(), 7, SWT.NORMAL);
        addDisposeListener(e -> small.dispose());
        residuals.getAxisSet().getYAxis(0).getTitle().setFont(small);
        // a strip a few dozen pixels high still gets two or three labelled ticks
        residuals.getAxisSet().getYAxis(0).getTick().setFont(small);
        residuals.getAxisSet().getYAxis(0).getTick().setTickMarkStepHint(16);
        spectrum = Charts.create(sash, "", X_TITLE, Y_TITLE);
        spectrum.getLegend().setPosition(SWT.RIGHT);
        // in a short editor area the plot needs the title's rows more than the title
        spectrum.addListener(SWT.Resize, e -> spectrum.getTitle().setVisible(spectrum.getSize().y >= TITLE_MIN_HEIGHT));
        sash.setWeights(1, 4);
        // the strip is a fifth of the height, but never so short that its 7 pt title is cut (short editor areas)
        sash.addListener(SWT.Resize, e -> {
            int h = sash.getClientArea().height;
            int strip = Math.max(h / 5, RESIDUAL_MIN_HEIGHT);
            if (h >= 4 * strip) {
                sash.setWeights(strip, h - strip);
            }
        });
        for (Chart c : new Chart[] { spectrum, residuals }) {
            c.getAxisSet().getXAxis(0).setReversed(true);
        }
        // keep the residual strip on the spectrum's x range when the user zooms or pans
        spectrum.getPlotArea().addCustomPaintListener(e -> sync());
    }

    public Chart spectrum() {
        return spectrum;
    }

    public Chart residuals() {
        return residuals;
    }

    /** Shows a region: data, background, and the fit's components, envelope and residuals when present. */
    public void show(String title, double[] x, double[] y, double[] bgX, double[] background,
            Optional<FitResult> fit) {
        clear(spectrum);
        clear(residuals);
        spectrum.getTitle().setText(title);
        ILineSeries<?> data = Charts.line(spectrum, "data", x, y, DATA, false, true);
        data.setSymbolSize(2);
        if (fit.isPresent()) {
            FitResult f = fit.get();
            Charts.line(spectrum, "background", f.x(), f.background(), BACKGROUND, true, false).setLineWidth(1);
            for (int k = 0; k < f.curves().size(); k++) {
                double[] c = f.curves().get(k);
                double[] on = new double[c.length];
                for (int i = 0; i < c.length; i++) {
                    on[i] = c[i] + f.background()[i];
                }
                ILineSeries<?> s = Charts.line(spectrum, f.components().get(k).name(), f.x(), on,
                        COMPONENT_COLOURS[k % COMPONENT_COLOURS.length], true, false);
                s.setLineWidth(2);
            }
            Charts.line(spectrum, "envelope", f.x(), f.envelope(), ENVELOPE, true, false).setLineWidth(1);
            ILineSeries<?> r = Charts.line(residuals, "residuals", f.x(), f.residuals(), Palette.colour(0), true, true);
            r.setLineWidth(1);
            r.setSymbolSize(2);
            Charts.line(residuals, "zero", new double[] { f.x()[0], f.x()[f.x().length - 1] }, new double[2],
                    BACKGROUND, true, false).setLineStyle(LineStyle.DASH);
        } else if (background.length > 0 && bgX.length == background.length) {
            Charts.line(spectrum, "background", bgX, background, BACKGROUND, true, false).setLineWidth(1);
        }
        spectrum.getAxisSet().adjustRange();
        residuals.getAxisSet().adjustRange();
        double[] all = x.clone();
        java.util.Arrays.sort(all);
        if (all.length > 1) {
            spectrum.getAxisSet().getXAxis(0).setRange(new Range(all[0], all[all.length - 1]));
        }
        sync();
        spectrum.redraw();
        residuals.redraw();
    }

    private void sync() {
        IAxis a = spectrum.getAxisSet().getXAxis(0);
        IAxis b = residuals.getAxisSet().getXAxis(0);
        Range r = a.getRange();
        Range s = b.getRange();
        if (r.lower != s.lower || r.upper != s.upper) {
            b.setRange(new Range(r.lower, r.upper));
            residuals.redraw();
        }
    }

    private static void clear(Chart c) {
        for (ISeries<?> s : c.getSeriesSet().getSeries()) {
            c.getSeriesSet().deleteSeries(s.getId());
        }
    }
}
