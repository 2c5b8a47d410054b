package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.interphase.model.CellConfiguration;
import org.interphase.model.ChargeState;
import org.interphase.model.CycleState;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.LayerRole;
import org.interphase.model.Polarity;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.edit.Labels;
import org.interphase.model.technique.Techniques;
import org.junit.jupiter.api.Test;

/** Every enum literal and type of the model has a human label: no underscores, no shouting. */
class LabelsTest {

    /** Labels allowed in capitals: acronyms analysts write that way. */
    private static final Set<String> ACRONYMS = Set.of("XPS", "EIS", "SIMS", "ToF-SIMS", "SOC", "SEI");

    @Test
    void everyEnumLiteralHasAHumanLabel() {
        int literals = 0;
        for (var classifier : InterphasePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum e) {
                for (EEnumLiteral l : e.getELiterals()) {
                    assertHuman(Labels.literal(l.getInstance()), e.getName() + "." + l.getName());
                    literals++;
                }
            }
        }
        assertTrue(literals > 40, "walked " + literals + " literals");
    }

    @Test
    void everyTypeHasAHumanLabel() {
        for (var classifier : InterphasePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c) {
                assertHuman(Labels.type(c), c.getName());
            }
        }
    }

    @Test
    void labelsAnalystsRead() {
        assertEquals("Full cell", Labels.literal(CellConfiguration.FULL_CELL));
        assertEquals("Solid electrolyte", Labels.literal(LayerRole.SOLID_ELECTROLYTE));
        assertEquals("Negative", Labels.literal(Polarity.NEGATIVE));
        assertEquals("Tomography", Techniques.label("TOMOGRAPHY"));
        assertEquals("ToF-SIMS", Techniques.label("TOF_SIMS"));
        assertEquals("XPS", Techniques.label("XPS"));
        assertEquals("Bulk resistance", Labels.literal(QuantityKind.BULK_RESISTANCE));
        assertEquals("XPS spectrum", Labels.type(InterphasePackage.Literals.XPS_SPECTRUM));
        assertEquals("SIMS signal", Labels.type(InterphasePackage.Literals.SIMS_SIGNAL));
        assertEquals("Cycle state", Labels.type(InterphasePackage.Literals.CYCLE_STATE));
        assertEquals("Ω", Labels.unit("Ohm"));
        assertEquals("Ω cm²", Labels.unit("Ohm cm2"));
    }

    @Test
    void objectLabels() {
        CycleState pristine = InterphaseFactory.eINSTANCE.createCycleState();
        pristine.setChargeState(ChargeState.PRISTINE);
        pristine.setCycleNumber(0);
        assertEquals("Pristine (cycle 0)", Labels.text(pristine).orElseThrow());
        pristine.setName("Pristine");
        assertEquals("Pristine (cycle 0)", Labels.text(pristine).orElseThrow());
        ResultParameter r = InterphaseFactory.eINSTANCE.createResultParameter();
        r.setName("R1");
        r.setUnit("Ohm");
        assertEquals("R1 (Ω)", Labels.text(r).orElseThrow());
        assertEquals("Result parameter", Labels.text(InterphaseFactory.eINSTANCE.createResultParameter()).orElseThrow());
        assertFalse(Labels.text("plain").isPresent());
    }

    private static void assertHuman(String label, String of) {
        assertFalse(label.isBlank(), of + " has no label");
        assertFalse(label.contains("_"), of + " -> " + label);
        if (!ACRONYMS.contains(label)) {
            assertFalse(label.length() > 1 && label.equals(label.toUpperCase(Locale.ROOT)), of + " -> " + label);
            for (String word : label.split("[ -]")) {
                assertTrue(ACRONYMS.contains(word) || word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT))
                        || word.chars().anyMatch(Character::isDigit), of + " -> " + label + ": word " + word);
            }
        }
    }
}
