/**
 * The ToF-SIMS depth-profile editor ({@link org.interphase.sims.ui.SimsEditor}), opened by double-clicking a
 * depth profile in the Cell editor. Its content, {@link org.interphase.sims.ui.SimsEditorBody}, binds the
 * headless {@code org.interphase.sims.api} to widgets and also runs without a workbench.
 */
package org.interphase.sims.ui;
