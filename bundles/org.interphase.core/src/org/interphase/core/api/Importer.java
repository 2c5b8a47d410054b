package org.interphase.core.api;

import java.nio.file.Path;

/**
 * Reads one instrument file format into model measurements. Register implementations as OSGi services
 * ({@code @Component(service = Importer.class)}); the workbench picks the importer with the highest
 * {@link #detect(FileProbe) confidence}.
 * <p>
 * Contract: {@link #read(Path)} never modifies a study; it returns new measurements that the caller adds
 * through an EMF command. Every problem is an {@link ImportException} naming the file and line, never a
 * runtime exception.
 */
public interface Importer {

    /** Stable id, e.g. {@code eis.biologic.mpt}; stored in the model with every measurement. */
    String id();

    /** Name shown to the user. */
    String name();

    /** Version of this importer, stored with every measurement it creates. */
    String version();

    /**
     * The technique id of the measurements this importer creates, e.g. {@code Techniques.EIS}; see
     * {@link org.interphase.model.technique.Techniques}.
     */
    String technique();

    /**
     * How sure this importer is that it reads the file: 0 = not at all, 1 = certain (a magic string),
     * in between for extension-only or heuristic matches.
     */
    double detect(FileProbe probe);

    /** Reads the file. */
    Imported read(Path file) throws ImportException;
}
