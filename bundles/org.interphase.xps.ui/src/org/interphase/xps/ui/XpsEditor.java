package org.interphase.xps.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.interphase.model.XpsSpectrum;
import org.interphase.ui.measurement.MeasurementEditor;

/**
 * The XPS measurement editor: a thin shell with two tabs, the region fit ({@link XpsEditorBody}) and the
 * comparison across cycles ({@link XpsComparisonBody}, built when first shown).
 */
public final class XpsEditor extends MeasurementEditor {

    /** Id in plugin.xml. */
    public static final String ID = "org.interphase.xps.ui.spectrumEditor";

    private XpsEditorBody body;
    private XpsComparisonBody comparison;
    private CTabFolder tabs;
    private CTabItem compare;

    @Override
    protected void createBody(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        CTabItem fit = new CTabItem(tabs, SWT.NONE);
        fit.setText("Region fit");
        body = new XpsEditorBody(tabs, (XpsSpectrum) measurement(), domain(), file());
        fit.setControl(body);
        compare = new CTabItem(tabs, SWT.NONE);
        compare.setText("Compare across cycles");
        tabs.addListener(SWT.Selection, e -> {
            if (tabs.getSelection() == compare) {
                comparison();
            }
        });
        tabs.setSelection(fit);
    }

    private XpsComparisonBody comparison() {
        if (comparison == null) {
            comparison = new XpsComparisonBody(tabs, (XpsSpectrum) measurement(), domain());
            compare.setControl(comparison);
        }
        return comparison;
    }

    /**
     * Shows the comparison across cycles with the regions of {@code spectra} ticked (the Cell editor's "Compare
     * XPS spectra across cycles").
     */
    public void showComparison(java.util.List<XpsSpectrum> spectra) {
        tabs.setSelection(compare);
        comparison().tickOnly(spectra);
    }

    @Override
    protected void focusBody() {
        body.setFocus();
    }
}
