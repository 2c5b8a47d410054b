package org.interphase.sims.ui.internal;

import java.util.List;
import java.util.Optional;

import org.interphase.sims.api.ColumnMapping;

/** Asks the analyst to confirm a guessed column mapping of a generic CSV/TXT profile. */
@FunctionalInterface
public interface MappingPrompt {

    /** The confirmed mapping, empty when the analyst cancels. */
    Optional<ColumnMapping> confirm(String fileName, List<String> lines, ColumnMapping guess);
}
