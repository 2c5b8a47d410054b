package org.interphase.core.api;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the cycle state of a measurement from its file name, as analysts name their files
 * ({@code cell3_cycle10.mpr}, {@code LPSCl_C01.txt}, {@code after 50 cycles.vms}, {@code pristine.spe}).
 * The proposal is only shown to the user (import wizard) or applied when no explicit option is given
 * (batch); it never overrides a choice.
 */
public final class FileNameRules {

    /** Name of the cycle state proposed for uncycled samples. */
    public static final String PRISTINE = "Pristine";

    private static final Pattern PRISTINE_WORDS =
            Pattern.compile("(?<![a-z])(pristine|fresh|as[-_ ]?prepared|uncycled|as[-_ ]?received)(?![a-z])");
    /** {@code cycle10}, {@code cycle_10}, {@code cycles-10}, {@code cyc10}, {@code loop3}. */
    private static final Pattern WORD_THEN_NUMBER =
            Pattern.compile("(?<![a-z])(?:cycles?|cyc|loop)[-_ #]*(\\d{1,5})(?!\\d)");
    /** {@code after 50 cycles}, {@code 50cycles}, {@code 50_cyc}, {@code 50cyc}. */
    private static final Pattern NUMBER_THEN_WORD =
            Pattern.compile("(?<![\\d.])(\\d{1,5})[-_ ]*(?:cycles?|cyc)(?![a-z])");
    /**
     * {@code _C01}, {@code -c10} (a C followed by at least two digits, set off by separators); a single digit,
     * as in {@code _neg-C2_}, is too often a sample position or channel to be read as a cycle.
     */
    private static final Pattern C_NUMBER = Pattern.compile("(?:^|[-_ .(])c(\\d{2,4})(?=$|[-_ .)])");

    private FileNameRules() {
    }

    /**
     * What the file name suggests.
     *
     * @param cycleNumber the cycle number, 0 for pristine samples
     * @param stateName   the name of a special state ("Pristine"), if the name says so
     */
    public record Proposal(OptionalInt cycleNumber, Optional<String> stateName) {

        /** Whether the name suggested anything. */
        public boolean isEmpty() {
            return cycleNumber.isEmpty();
        }

        /** The name of the cycle state to link to: "Pristine" or "Cycle N". */
        public Optional<String> cycleStateName() {
            if (stateName.isPresent()) {
                return stateName;
            }
            return cycleNumber.isPresent() ? Optional.of("Cycle " + cycleNumber.getAsInt()) : Optional.empty();
        }
    }

    /** The proposal for one file name (with or without folders and extension). */
    public static Proposal propose(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (PRISTINE_WORDS.matcher(stem).find()) {
            return new Proposal(OptionalInt.of(0), Optional.of(PRISTINE));
        }
        for (Pattern p : new Pattern[] {WORD_THEN_NUMBER, NUMBER_THEN_WORD, C_NUMBER}) {
            Matcher m = p.matcher(stem);
            if (m.find()) {
                return new Proposal(OptionalInt.of(Integer.parseInt(m.group(1))), Optional.empty());
            }
        }
        return new Proposal(OptionalInt.empty(), Optional.empty());
    }
}
