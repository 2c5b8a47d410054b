package org.interphase.core.api;

/**
 * One importer that recognises a file, with its confidence (0 &lt; confidence ≤ 1).
 *
 * @param importer   the importer
 * @param confidence what {@link Importer#detect(FileProbe)} answered
 */
public record ImportCandidate(Importer importer, double confidence) {
}
