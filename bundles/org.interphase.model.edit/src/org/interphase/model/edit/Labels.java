package org.interphase.model.edit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.interphase.model.CycleState;
import org.interphase.model.Layer;
import org.interphase.model.Measurement;
import org.interphase.model.MetadataEntry;
import org.interphase.model.NamedElement;
import org.interphase.model.ResultParameter;
import org.interphase.model.SimsSignal;
import org.interphase.model.XpsRegion;
import org.interphase.model.technique.Techniques;

/**
 * The one place where model names become the words analysts read: enum literals ("Full cell" for
 * {@code FULL_CELL}), type names ("XPS spectrum" for {@code XpsSpectrum}), units ("Ω" for {@code Ohm}) and
 * object labels ("Pristine (cycle 0)"). Every GUI path (tree, form, combos, Properties) asks here; files,
 * CSV headers and JSON keep the machine names. No SWT.
 */
public final class Labels {

    /** Words that stay as written (acronyms and formulas); everything else is sentence case. */
    public static final Map<String, String> ACRONYMS = Map.of("XPS", "XPS", "EIS", "EIS", "SIMS", "SIMS", "SEI",
            "SEI", "SOC", "SOC", "TOF", "ToF", "ION", "ion", "SHA256", "SHA-256");

    /** Literals whose label is not the sentence-cased name. */
    private static final Map<String, String> LITERALS = Map.of("TOF_SIMS", "ToF-SIMS", "TOMOGRAPHY", "Tomography",
            "METASTABLE_SEI", "Metastable SEI", "ION", "Ion", "THREE_ELECTRODE", "Three-electrode",
            "ANODE_FREE", "Anode-free", "MIXED_CONDUCTING", "Mixed-conducting");

    private Labels() {
    }

    /** "Full cell" for {@code FULL_CELL}, "ToF-SIMS" for {@code TOF_SIMS}, "XPS" for {@code XPS}. */
    public static String literal(Enumerator literal) {
        return literal == null ? "" : literal(literal.getName());
    }

    static String literal(String name) {
        String special = LITERALS.get(name);
        if (special != null) {
            return special;
        }
        if (ACRONYMS.containsKey(name)) {
            return ACRONYMS.get(name);
        }
        return sentence(name.split("_"));
    }

    /** "XPS spectrum" for {@code XpsSpectrum}, "Cycle state" for {@code CycleState}. */
    public static String type(EClass type) {
        return type == null ? "" : type(type.getName());
    }

    static String type(String className) {
        return sentence(className.split("(?<=[a-z0-9])(?=[A-Z])"));
    }

    /** Units as printed: "Ω" for "Ohm", "Ω cm²" for "Ohm cm2", "S/cm"; null stays "". */
    public static String unit(String unit) {
        if (unit == null) {
            return "";
        }
        return unit.replaceAll("(?i)\\bohms?\\b", "Ω").replaceAll("\\bcm2\\b", "cm²").replaceAll("\\bcm3\\b", "cm³")
                .replaceAll("\\bum\\b", "µm").replace("^2", "²");
    }

    /**
     * The label of a model object or value shown in a tree, list, combo or property: a literal's label, a cycle
     * state as "Pristine (cycle 0)", a named object by its name, an unnamed one by its type and key fact. Empty
     * for values that are not model objects (callers fall back to their own text).
     */
    public static Optional<String> text(Object value) {
        return Optional.ofNullable(switch (value) {
            case null -> null;
            case Enumerator e -> literal(e);
            case CycleState c -> cycleState(c);
            case ResultParameter p -> named(p).map(n -> n + (p.getUnit() == null || p.getUnit().isBlank() ? ""
                    : " (" + unit(p.getUnit()) + ")")).orElse(type(p.eClass()));
            case NamedElement n -> named(n).orElse(type(n.eClass()));
            case XpsRegion r -> r.getLabel() == null || r.getLabel().isBlank() ? type(r.eClass()) : r.getLabel();
            case SimsSignal s -> s.getLabel() == null || s.getLabel().isBlank() ? type(s.eClass()) : s.getLabel();
            case MetadataEntry m -> m.getKey() + " = " + (m.getValue() == null ? "" : m.getValue());
            case EObject o -> type(o.eClass());
            default -> null;
        });
    }

    /** "Pristine (cycle 0)", "Charged (cycle 10)"; a name that is not just the charge state comes first. */
    public static String cycleState(CycleState c) {
        String state = c.getChargeState() == null ? "" : literal(c.getChargeState());
        String name = named(c).orElse(state);
        return (name.isEmpty() ? "Cycle state" : name) + " (cycle " + c.getCycleNumber() + ")";
    }

    /**
     * The technique of a measurement as analysts write it ("ToF-SIMS"), from the technique registry
     * ({@link Techniques#label}); a measurement of a type no technique names gets its class name.
     */
    public static String technique(Measurement m) {
        return Techniques.label(Techniques.idOf(m));
    }

    /** "Solid electrolyte" for a layer's role, "" without one. */
    public static String role(Layer layer) {
        return layer.getRole() == null ? "" : literal(layer.getRole());
    }

    private static Optional<String> named(NamedElement n) {
        return n.getName() == null || n.getName().isBlank() ? Optional.empty() : Optional.of(n.getName());
    }

    private static String sentence(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String upper = w.toUpperCase(Locale.ROOT);
            String word = ACRONYMS.containsKey(upper) && !"ION".equals(upper) ? ACRONYMS.get(upper)
                    : w.toLowerCase(Locale.ROOT);
            if (b.isEmpty() && !ACRONYMS.containsKey(upper)) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            b.append(b.isEmpty() ? "" : " ").append(word);
        }
        return b.toString();
    }
}
