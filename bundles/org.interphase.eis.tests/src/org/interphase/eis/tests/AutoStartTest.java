package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.InitialGuess;
import org.junit.jupiter.api.Test;

/** Fits without user guesses reach the minima a good hand-made start reaches. */
class AutoStartTest {

    @Test
    void ionBlockingPelletReachesTheBlockingElectrodeMinimum() throws Exception {
        ImpedanceData d = EisReaders.readFirst(SharedData.eis("hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr"));
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)");
        // issue 15: from the start 170, 1297, 2.6e-9, 0.785, 1e9, 1.8e-7, 0.89 the fit reaches 0.0164; the
        // multi-start from data-driven guesses alone ended at 0.0706
        FitResult hand = CnlsFitter.fit(c, d, new double[] {170, 1297, 2.6e-9, 0.785, 1e9, 1.8e-7, 0.89},
                FitOptions.defaults().withStarts(1));
        assertTrue(hand.pseudoChiSquare() < 0.017, "reference start " + hand.pseudoChiSquare());
        FitResult guessesOnly = CnlsFitter.fit(c, d, InitialGuess.of(c, d), FitOptions.defaults());
        FitResult auto = CnlsFitter.fit(c, d, FitOptions.defaults());
        assertTrue(auto.pseudoChiSquare() <= 0.017, "automatic starts " + auto.pseudoChiSquare()
                + " (guesses only " + guessesOnly.pseudoChiSquare() + ")");
        assertTrue(auto.chiSquare() <= guessesOnly.chiSquare(), "never worse than the guesses alone");
        assertTrue(auto.evaluations() > guessesOnly.evaluations(), "evaluations of every fit are counted");
    }

    @Test
    void aNestedOptimumOnAZeroBoundStillStartsAFit() throws Exception {
        // the demo's circuit: the blocking-R2 nested fit drives R0 onto 0, no valid start for the free fit
        ImpedanceData d = EisReaders.readFirst(SharedData.eis("hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr"));
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-CPE2");
        FitResult auto = CnlsFitter.fit(c, d, FitOptions.defaults());
        FitResult guessesOnly = CnlsFitter.fit(c, d, InitialGuess.of(c, d), FitOptions.defaults());
        assertTrue(auto.chiSquare() <= guessesOnly.chiSquare(), auto.chiSquare() + " vs " + guessesOnly.chiSquare());
    }
}
