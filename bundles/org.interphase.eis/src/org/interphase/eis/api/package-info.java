/**
 * Public API of the EIS bundle: impedance data read from files ({@link org.interphase.eis.api.EisReaders}),
 * equivalent circuits as text ({@link org.interphase.eis.api.Circuit}, pluggable
 * {@link org.interphase.eis.api.ElementType}s), complex nonlinear least-squares fitting
 * ({@link org.interphase.eis.api.CnlsFitter}) and the Kramers-Kronig test.
 */
package org.interphase.eis.api;
