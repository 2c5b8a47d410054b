/**
 * The EIS editor ({@link org.interphase.eis.ui.EisEditor}, content in
 * {@link org.interphase.eis.ui.EisEditorBody}) and its registration for impedance spectra
 * ({@link org.interphase.eis.ui.EisEditorContribution}).
 */
package org.interphase.eis.ui;
