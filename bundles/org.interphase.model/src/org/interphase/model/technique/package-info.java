/**
 * Measurement techniques as contributions: {@link org.interphase.model.technique.TechniqueDescriptor}
 * (an OSGi service a plug-in registers) and {@link org.interphase.model.technique.Techniques} (the registry:
 * ids, labels, the technique of a measurement class).
 */
package org.interphase.model.technique;
