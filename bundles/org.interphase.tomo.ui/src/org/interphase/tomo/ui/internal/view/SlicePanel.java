package org.interphase.tomo.ui.internal.view;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Scale;
import org.interphase.tomo.api.Axis;

/** A {@link SliceView} with its slice slider underneath. */
public final class SlicePanel extends Composite {

    private final SliceView view;
    private final Scale slider;

    /**
     * @param depth   slices along {@code axis}
     * @param onSlide called with the new index when the user moves the slider
     */
    public SlicePanel(Composite parent, Axis axis, int cols, int rows, int depth, SliceView.Listener listener,
            java.util.function.IntConsumer onSlide) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        setLayout(layout);
        view = new SliceView(this, axis, cols, rows, depth, listener);
        view.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        slider = new Scale(this, SWT.HORIZONTAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slider.setMinimum(0);
        slider.setMaximum(Math.max(1, depth - 1));
        slider.setIncrement(1);
        slider.setPageIncrement(Math.max(1, depth / 10));
        slider.setEnabled(depth > 1);
        slider.setToolTipText(view.title() + ": slice along " + axis.id() + " (mouse wheel on the image also scrolls)");
        slider.addListener(SWT.Selection, e -> onSlide.accept(slider.getSelection()));
    }

    /** The slice canvas. */
    public SliceView view() {
        return view;
    }

    /** The slice slider. */
    public Scale slider() {
        return slider;
    }

    /** Moves the slider without notifying. */
    public void setIndex(int index) {
        if (slider.getSelection() != index) {
            slider.setSelection(index);
        }
    }
}
