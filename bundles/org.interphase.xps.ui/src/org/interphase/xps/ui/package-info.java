/**
 * The XPS measurement editor: region list, reversed binding-energy chart with components, envelope and
 * residuals, background and charge correction, species-library components, fits with covariance and Monte
 * Carlo errors, quantification, and saving fits to the study through EMF commands.
 */
package org.interphase.xps.ui;
