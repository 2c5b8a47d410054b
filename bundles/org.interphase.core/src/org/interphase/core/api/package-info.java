/**
 * Public API shared by every technique: the {@link org.interphase.core.api.Importer} service that turns
 * instrument files into model measurements, the errors importers raise, and file hashing.
 * <p>
 * Technique bundles and in-house plug-ins register importers as OSGi services; the workbench and the
 * batch application find them through {@link org.interphase.core.api.Importers}.
 */
package org.interphase.core.api;
