package org.interphase.xps.api;

/**
 * The 40 optional block parameters of ISO 14976 (VAMAS), numbered as in the standard's parameter
 * inclusion/exclusion list. Block and sample identifiers are always present and not listed here.
 * Several items are conditional: they occupy lines only for certain experiment modes or techniques.
 */
public enum VamasItem {
    /** 1: year. */ YEAR,
    /** 2: month. */ MONTH,
    /** 3: day of month. */ DAY,
    /** 4: hours. */ HOURS,
    /** 5: minutes. */ MINUTES,
    /** 6: seconds. */ SECONDS,
    /** 7: number of hours in advance of GMT. */ GMT_ADVANCE,
    /** 8: block comment: a line count followed by that many lines. */ COMMENT,
    /** 9: technique (XPS, AES diff, ...). */ TECHNIQUE,
    /** 10: x and y coordinate (experiment mode MAP or MAPDP only). */ MAP_COORDINATES,
    /** 11: one value per experimental variable. */ EXPERIMENTAL_VALUES,
    /** 12: analysis source label. */ SOURCE_LABEL,
    /** 13: sputtering ion atomic number, atoms per ion, charge (depth-profile modes and ion techniques). */
    SPUTTERING_ION,
    /** 14: analysis source characteristic energy (photon energy for XPS), eV. */ SOURCE_ENERGY,
    /** 15: analysis source strength. */ SOURCE_STRENGTH,
    /** 16: analysis source beam width x and y. */ BEAM_WIDTH,
    /** 17: field of view x and y (mapping modes). */ FIELD_OF_VIEW,
    /** 18: six linescan coordinates (MAPSV, MAPSVDP, SEM). */ LINESCAN,
    /** 19: analysis source polar angle of incidence. */ SOURCE_POLAR_ANGLE,
    /** 20: analysis source azimuth. */ SOURCE_AZIMUTH,
    /** 21: analyser mode (FAT, FRR, ...). */ ANALYSER_MODE,
    /** 22: pass energy, retard ratio or mass resolution. */ PASS_ENERGY,
    /** 23: differential width (technique AES diff only). */ DIFFERENTIAL_WIDTH,
    /** 24: magnification of the analyser transfer lens. */ MAGNIFICATION,
    /** 25: analyser work function or acceptance energy. */ WORK_FUNCTION,
    /** 26: target bias. */ TARGET_BIAS,
    /** 27: analysis width x and y. */ ANALYSIS_WIDTH,
    /** 28: analyser axis take-off polar angle and azimuth. */ TAKE_OFF,
    /** 29: species label. */ SPECIES,
    /** 30: transition or charge-state label and charge of the detected particle. */ TRANSITION,
    /** 31: abscissa label, units, start and increment (scan mode REGULAR only). */ ABSCISSA,
    /** 32: number of corresponding variables, then label and units of each. */ CORRESPONDING_VARIABLES,
    /** 33: signal mode. */ SIGNAL_MODE,
    /** 34: signal collection time (dwell per point), s. */ COLLECTION_TIME,
    /** 35: number of scans to compile this block. */ SCANS,
    /** 36: signal time correction. */ SIGNAL_TIME_CORRECTION,
    /** 37: seven sputtering-source parameters (depth-profile modes with electron/photon techniques). */
    SPUTTERING_SOURCE,
    /** 38: sample normal polar angle of tilt and tilt azimuth. */ SAMPLE_TILT,
    /** 39: sample rotation angle. */ SAMPLE_ROTATION,
    /** 40: number of additional numerical parameters, then label, units and value of each. */
    ADDITIONAL_PARAMETERS;

    /** The 1-based number of this item in the standard's inclusion list. */
    public int number() {
        return ordinal() + 1;
    }

    /** The item with the given 1-based number. */
    public static VamasItem ofNumber(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("VAMAS block parameter number out of range 1..40: " + number);
        }
        return values()[number - 1];
    }
}
