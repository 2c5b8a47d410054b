package org.interphase.xps.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * A column of controls that scrolls vertically when the editor area is short (the product's is about
 * 1170 x 490 px) instead of clipping its lower panels; its width follows the sash.
 */
public final class ScrollColumn {

    private ScrollColumn() {
    }

    /** A scrolled column in {@code parent}; returns the content composite (a GridLayout of {@code columns}). */
    public static Composite create(Composite parent, int columns) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(columns, false));
        scroll.setContent(content);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(content.computeSize(scroll.getClientArea().width,
                SWT.DEFAULT)));
        return content;
    }
}
