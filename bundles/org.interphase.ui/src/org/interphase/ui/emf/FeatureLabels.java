package org.interphase.ui.emf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Labels with units for model features. Feature names end in their unit ({@code thicknessUm},
 * {@code areaCm2}); this turns them into "Thickness (µm)", "Area (cm²)".
 */
public final class FeatureLabels {

    /** Unit suffixes of feature names, longest first. */
    private static final Map<String, String> UNITS = new LinkedHashMap<>();
    static {
        UNITS.put("SPerCm", "S/cm");
        UNITS.put("MgCm2", "mg/cm²");
        UNITS.put("Cm2", "cm²");
        UNITS.put("MPa", "MPa");
        UNITS.put("Um", "µm");
        UNITS.put("Nm", "nm");
        UNITS.put("EV", "eV");
        UNITS.put("Hz", "Hz");
        UNITS.put("Hours", "h");
        UNITS.put("S", "s");
        UNITS.put("V", "V");
        UNITS.put("C", "°C");
    }

    /** Whole labels that are not the split feature name (keys in lower case). */
    private static final Map<String, String> WORDS = Map.of("sha256", "SHA-256", "lower95", "Lower 95 % bound",
            "upper95", "Upper 95 % bound", "voxel size xum", "Voxel size x (µm)", "voxel size yum",
            "Voxel size y (µm)", "voxel size zum", "Voxel size z (µm)");

    private FeatureLabels() {
    }

    /** "Thickness (µm)" for {@code thicknessUm}; plain words for features without a unit. */
    public static String label(EStructuralFeature feature) {
        return label(feature.getName());
    }

    static String label(String name) {
        String base = name;
        String unit = null;
        for (Map.Entry<String, String> e : UNITS.entrySet()) {
            String suffix = e.getKey();
            if (name.length() > suffix.length() && name.endsWith(suffix)
                    && Character.isLowerCase(name.charAt(name.length() - suffix.length() - 1))) {
                base = name.substring(0, name.length() - suffix.length());
                unit = e.getValue();
                break;
            }
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(base.charAt(i - 1))) {
                words.append(' ');
                words.append(Character.toLowerCase(c));
            } else {
                words.append(i == 0 ? Character.toUpperCase(c) : c);
            }
        }
        String text = WORDS.getOrDefault(words.toString().toLowerCase(Locale.ROOT), words.toString())
                .replaceAll(" uri$", " URI").replaceAll(" id$", " ID");
        return unit == null ? text : text + " (" + unit + ")";
    }
}
