package org.interphase.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.core.api.ColumnSemantics;
import org.interphase.core.api.ColumnSemantics.Kind;
import org.interphase.core.api.ColumnSemantics.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header cells and header lines as instruments write them, and what they name. */
class ColumnSemanticsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            freq/Hz            ~ FREQUENCY
            Data: Frequency    ~ FREQUENCY
            Frequency (Hz)     ~ FREQUENCY
            Re(Z)/Ohm          ~ Z_REAL
            -Im(Z)/Ohm         ~ Z_IMAG
            Data: Z'           ~ Z_REAL
            Data: Z''          ~ Z_IMAG
            Zreal              ~ Z_REAL
            |Z|/Ohm            ~ Z_MODULUS
            Phase(Z)/deg       ~ Z_PHASE
            BE_F 1s 5          ~ BINDING_ENERGY
            B.E.               ~ BINDING_ENERGY
            Binding Energy (eV)~ BINDING_ENERGY
            K.E.               ~ KINETIC_ENERGY
            CPS_F 1s 5         ~ COUNTS_PER_SECOND
            Counts             ~ COUNTS
            Sputter Time (s)   ~ SPUTTER_TIME
            Dose (ions)        ~ DOSE
            Fluence (ions/cm^2)~ FLUENCE
            Channel            ~ CHANNEL
            m/z                ~ MASS_TO_CHARGE
            loop_index         ~ LOOP
            Ewe/V              ~ VOLTAGE
            Be+                ~ UNKNOWN
            Be_2-              ~ UNKNOWN
            F_2-               ~ UNKNOWN
            Re+                ~ UNKNOWN
            """)
    void cells(String cell, Quantity expected) {
        assertEquals(expected, ColumnSemantics.quantity(cell));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            time/s,freq/Hz,|Z|/Ohm,Phase(Z)/deg,I/A,Ewe/V,loop_index                 ~ IMPEDANCE
            BE_F 1s 5,CPS_F 1s 5,F 1s_1_F 1s 5,Background_F 1s 5,Envelope_F 1s 5     ~ XPS
            Channel	m/z	Intensity                                                   ~ MASS_SPECTRUM
            "#Data Point #	Sputter Time (s)	Dose (ions)	Fluence (ions/cm^2)	Intensity" ~ DEPTH_PROFILE
            DataPoint,Cycle Index,Step Index,Current(A),Voltage(V),Capacity(Ah)      ~ CYCLING
            Name,Position,FWHM,Raw Area                                              ~ NONE
            """)
    void lines(String line, Kind expected) {
        assertEquals(expected, ColumnSemantics.kindOfLine(line.strip()));
    }
}
