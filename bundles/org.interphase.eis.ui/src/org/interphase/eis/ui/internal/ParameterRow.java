package org.interphase.eis.ui.internal;

import java.util.Optional;

import org.interphase.eis.api.FittedParameter;
import org.interphase.model.QuantityKind;

/**
 * One row of the parameter table: what the user sets (start value, fixed, what the value means) and,
 * once a fit has run, its result. Start values are never shown as results: {@link #result()} is empty
 * until a fit of the current circuit has finished.
 */
public final class ParameterRow {

    private final String name;
    private final String unit;
    private double start;
    private boolean fixed;
    private boolean startEdited;
    private QuantityKind quantity = QuantityKind.OTHER;
    private FittedParameter result;

    public ParameterRow(String name, String unit, double start) {
        this.name = name;
        this.unit = unit;
        this.start = start;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public double start() {
        return start;
    }

    /** Sets the start value as the user typed it (kept when the circuit changes). */
    public void editStart(double value) {
        this.start = value;
        this.startEdited = true;
    }

    /** Sets a computed start value (e.g. a data-driven guess). */
    public void guessStart(double value) {
        this.start = value;
        this.startEdited = false;
    }

    public boolean startEdited() {
        return startEdited;
    }

    public boolean fixed() {
        return fixed;
    }

    public void setFixed(boolean fixed) {
        this.fixed = fixed;
    }

    public QuantityKind quantity() {
        return quantity;
    }

    public void setQuantity(QuantityKind quantity) {
        this.quantity = quantity;
    }

    public Optional<FittedParameter> result() {
        return Optional.ofNullable(result);
    }

    public void setResult(FittedParameter result) {
        this.result = result;
    }
}
