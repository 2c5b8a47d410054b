package org.interphase.cycling.internal;

import org.interphase.cycling.model.CyclingPackage;
import org.interphase.cycling.model.CyclingRecord;
import org.interphase.model.impl.MeasurementImpl;

/** The implementation of {@link CyclingRecord}: the model's measurement plus three dynamic attributes. */
public final class CyclingRecordImpl extends MeasurementImpl implements CyclingRecord {

    @Override
    public int getCycleCount() {
        Object v = eGet(CyclingPackage.CYCLE_COUNT);
        return v == null ? 0 : (Integer) v;
    }

    @Override
    public void setCycleCount(int value) {
        eSet(CyclingPackage.CYCLE_COUNT, value);
    }

    @Override
    public int getPointCount() {
        Object v = eGet(CyclingPackage.POINT_COUNT);
        return v == null ? 0 : (Integer) v;
    }

    @Override
    public void setPointCount(int value) {
        eSet(CyclingPackage.POINT_COUNT, value);
    }

    @Override
    public String getFormat() {
        return (String) eGet(CyclingPackage.FORMAT);
    }

    @Override
    public void setFormat(String value) {
        eSet(CyclingPackage.FORMAT, value);
    }
}
