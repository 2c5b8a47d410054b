package org.interphase.cycling.model;

import org.interphase.model.Measurement;

/**
 * A galvanostatic cycling record: one cycler file (BioLogic GCPL, Neware, Maccor) of one cell. The sampled
 * columns stay in the file (large arrays never enter the model); the record keeps what the tree and the
 * report show. Create with {@link CyclingPackage#createCyclingRecord()}.
 */
public interface CyclingRecord extends Measurement {

    /** The number of cycles in the file. */
    int getCycleCount();

    /** Sets the number of cycles. */
    void setCycleCount(int value);

    /** The number of sampled points (records) in the file. */
    int getPointCount();

    /** Sets the number of sampled points. */
    void setPointCount(int value);

    /** The file format, e.g. "Neware BTS CSV". */
    String getFormat();

    /** Sets the file format. */
    void setFormat(String value);
}
