package org.interphase.model.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.interphase.model.AnalysisResult;
import org.interphase.model.ResultFlag;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.util.QuantityKeys;

/**
 * Upgrades studies written in older format versions to {@link StudyFormat#CURRENT_VERSION}, one step per
 * version.
 * <p>
 * 1 → 2 (flags and quantity keys): warnings that version 1 kept only as text (a value's notes such as
 * "at bound, non-identifiable", a result summary's "WARNINGS: ...") become {@link ResultFlag}s; a free value
 * stored with a standard error of exactly 0 gets an undefined standard error and interval and the flag
 * {@link ResultFlag#SIGMA_UNDEFINED} (version 1 wrote σ = 0 for values at a bound); every value gets its
 * {@link QuantityKeys quantity key}.
 */
final class StudyMigrations {

    /** Warning texts of version 1 (EIS flag labels) and the flags they become. */
    private static final Map<String, ResultFlag> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("at bound", ResultFlag.AT_BOUND);
        TEXTS.put("at_bound", ResultFlag.AT_BOUND);
        TEXTS.put("non-identifiable", ResultFlag.NOT_IDENTIFIABLE);
        TEXTS.put("non_identifiable", ResultFlag.NOT_IDENTIFIABLE);
        TEXTS.put("did not move", ResultFlag.DID_NOT_MOVE);
        TEXTS.put("did_not_move", ResultFlag.DID_NOT_MOVE);
        TEXTS.put("not converged", ResultFlag.NOT_CONVERGED);
        TEXTS.put("not_converged", ResultFlag.NOT_CONVERGED);
        TEXTS.put("cancelled", ResultFlag.NOT_CONVERGED);
        TEXTS.put("better minimum from another start", ResultFlag.BETTER_MINIMUM_ELSEWHERE);
        TEXTS.put("better_minimum_from_other_start", ResultFlag.BETTER_MINIMUM_ELSEWHERE);
    }

    private StudyMigrations() {
    }

    static void migrate(Study study) {
        if (study.getFormatVersion() < 2) {
            TreeIterator<EObject> it = study.eAllContents();
            while (it.hasNext()) {
                EObject o = it.next();
                if (o instanceof AnalysisResult a) {
                    String summary = a.getSummary() == null ? "" : a.getSummary();
                    int w = summary.indexOf("WARNINGS:");
                    if (w >= 0) {
                        addAll(a.getFlags(), flagsIn(summary.substring(w)));
                    }
                } else if (o instanceof ResultParameter p) {
                    toVersion2(p);
                }
            }
        }
        study.setFormatVersion(StudyFormat.CURRENT_VERSION);
    }

    private static void toVersion2(ResultParameter p) {
        if (p.getNotes() != null) {
            addAll(p.getFlags(), flagsIn(p.getNotes()));
        }
        boolean atBound = p.getFlags().contains(ResultFlag.AT_BOUND);
        if (!p.isFixed() && (p.getStandardError() == 0.0 || atBound)) {
            p.setStandardError(Double.NaN);
            p.setLower95(Double.NaN);
            p.setUpper95(Double.NaN);
            if (!p.getFlags().contains(ResultFlag.SIGMA_UNDEFINED)) {
                p.getFlags().add(ResultFlag.SIGMA_UNDEFINED);
            }
        }
        if (p.getQuantityKey() == null || p.getQuantityKey().isBlank()) {
            p.setQuantityKey(QuantityKeys.derive(p));
        }
    }

    private static Collection<ResultFlag> flagsIn(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        java.util.Set<ResultFlag> flags = new java.util.LinkedHashSet<>();
        TEXTS.forEach((k, f) -> {
            if (t.contains(k)) {
                flags.add(f);
            }
        });
        return flags;
    }

    private static void addAll(java.util.List<ResultFlag> target, Collection<ResultFlag> flags) {
        for (ResultFlag f : flags) {
            if (!target.contains(f)) {
                target.add(f);
            }
        }
    }
}
