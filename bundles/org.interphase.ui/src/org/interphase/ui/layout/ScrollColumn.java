package org.interphase.ui.layout;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * A column of controls that scrolls vertically when the editor area is short (the product's is about
 * 1170 x 490 px) instead of clipping its lower panels; its width follows the sash, and {@link #relayout()}
 * re-measures it after its texts changed (wrapped labels grow downwards).
 */
public final class ScrollColumn {

    private final ScrolledComposite scroll;
    private final Composite content;

    /** A column whose content has a one-column GridLayout without margins. */
    public ScrollColumn(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        GridLayout l = new GridLayout(1, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        content.setLayout(l);
        scroll.setContent(content);
        scroll.addListener(SWT.Resize, e -> fit());
    }

    /** A scrolled column in {@code parent}; returns its content composite, a GridLayout of {@code columns}. */
    public static Composite create(Composite parent, int columns) {
        ScrollColumn c = new ScrollColumn(parent);
        c.content.setLayout(new GridLayout(columns, false));
        return c.content;
    }

    /** The composite to put the column's controls in. */
    public Composite content() {
        return content;
    }

    /** The scrolled composite (for layout data and tests). */
    public ScrolledComposite scroll() {
        return scroll;
    }

    /** Lays the column out again and resizes its scrolled area. */
    public void relayout() {
        fit();
        content.layout(true, true);
    }

    private void fit() {
        int w = scroll.getClientArea().width;
        if (w > 0) {
            Scrolling.setMinSize(scroll, content.computeSize(w, SWT.DEFAULT));
        }
    }
}
