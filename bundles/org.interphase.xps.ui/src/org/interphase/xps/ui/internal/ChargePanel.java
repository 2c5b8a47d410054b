package org.interphase.xps.ui.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.interphase.xps.api.ChargeCorrection;
import org.interphase.xps.api.EnergyScale;
import org.interphase.xps.api.XpsRegionData;

/**
 * Charge correction by a reference peak: the maximum of the selected region within a window is moved to the
 * reference energy (adventitious C 1s at 284.8 eV by default); the shift applies to the whole spectrum.
 */
public final class ChargePanel extends Group {

    private final Text reference;
    private final Text energy;
    private final Text window;
    private final Label state;
    private final Button apply;
    private final Text shift;
    private final Button applyShift;

    /** @param correct receives the correction to apply (the editor turns it into an EMF command) */
    public ChargePanel(Composite parent, java.util.function.Supplier<XpsRegionData> region,
            Consumer<ChargeCorrection> correct, Consumer<String> error) {
        super(parent, SWT.NONE);
        setText("Charge correction");
        setLayout(new GridLayout(2, false));
        new Label(this, SWT.NONE).setText("Reference:");
        reference = text("C 1s C-C/C-H (adventitious)");
        new Label(this, SWT.NONE).setText("Energy / eV:");
        energy = text(String.format(Locale.ROOT, "%.1f", EnergyScale.ADVENTITIOUS_C1S));
        new Label(this, SWT.NONE).setText("Search \u00b1 / eV:");
        window = text("3");
        apply = new Button(this, SWT.PUSH);
        apply.setText("Apply to spectrum");
        apply.setToolTipText("Finds the selected region's maximum within the window around the reference energy "
                + "and shifts every region of the spectrum so that it lies at the reference energy");
        apply.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(this, SWT.NONE).setText("Or shift / eV:");
        shift = text("0");
        shift.setToolTipText("A known shift (e.g. from another spectrum of the sample), added to every binding energy");
        applyShift = new Button(this, SWT.PUSH);
        applyShift.setText("Apply shift to spectrum");
        applyShift.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        applyShift.addListener(SWT.Selection, e -> {
            try {
                double s = Double.parseDouble(shift.getText().trim());
                if (!Double.isFinite(s) || s == 0) {
                    error.accept("Charge correction: the shift must be a number of eV other than 0.");
                    return;
                }
                correct.accept(EnergyScale.byShift(s, region.get().label()));
            } catch (NumberFormatException ex) {
                error.accept("Charge correction: the shift must be a number in eV.");
            }
        });
        state = new Label(this, SWT.WRAP);
        state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        apply.addListener(SWT.Selection, e -> {
            try {
                double ref = Double.parseDouble(energy.getText().trim());
                double w = Math.abs(Double.parseDouble(window.getText().trim()));
                correct.accept(EnergyScale.byPeakMaximum(region.get(), ref - w, ref + w, reference.getText().trim(), ref));
            } catch (NumberFormatException ex) {
                error.accept("Charge correction: energy and window must be numbers in eV.");
            } catch (IllegalArgumentException ex) {
                error.accept("Charge correction: " + ex.getMessage()
                        + " (select the region holding the reference peak).");
            }
        });
    }

    @Override
    protected void checkSubclass() {
        // a Group with fields: allowed
    }

    private Text text(String value) {
        Text t = new Text(this, SWT.BORDER);
        t.setText(value);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    /** Shows the total shift applied so far. */
    public void showShift(double total, int corrections) {
        state.setText(corrections == 0 ? "No correction applied."
                : String.format(Locale.ROOT, "%d correction(s), total shift %+.3f eV.", corrections, total));
        layout(true);
    }

    /** Sets the shift field, then presses Apply shift. */
    public void applyShift(String eV) {
        shift.setText(eV);
        applyShift.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Sets reference energy and half window, then presses Apply. */
    public void apply(String referenceEnergy, String halfWindow) {
        energy.setText(referenceEnergy);
        window.setText(halfWindow);
        apply.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
