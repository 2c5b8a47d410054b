package org.interphase.eis.ui.internal;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.interphase.eis.api.Circuit;

/** Draws the circuit of the text field: element boxes with their names, series and parallel wiring. */
public final class CircuitDiagram extends Canvas {

    private CircuitShape.Drawing drawing;

    public CircuitDiagram(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addListener(SWT.Paint, this::paint);
    }

    /** Shows {@code circuit}, or nothing when empty (invalid text). */
    public void setCircuit(Optional<Circuit> circuit) {
        if (circuit.isEmpty()) {
            drawing = null;
        } else {
            GC gc = new GC(this);
            try {
                drawing = CircuitShape.layout(circuit.get().toImpedancePy(), s -> gc.textExtent(s).x);
            } finally {
                gc.dispose();
            }
        }
        redraw();
    }

    /** The current drawing (for tests), when a valid circuit is shown. */
    public Optional<CircuitShape.Drawing> drawing() {
        return Optional.ofNullable(drawing);
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int w = drawing == null ? 200 : drawing.width() + 16;
        int h = drawing == null ? 40 : drawing.height() + 16;
        return new Point(wHint == SWT.DEFAULT ? w : wHint, hHint == SWT.DEFAULT ? Math.max(60, h) : hHint);
    }

    private void paint(Event e) {
        CircuitShape.Drawing d = drawing;
        if (d == null) {
            return;
        }
        GC gc = e.gc;
        gc.setAntialias(SWT.ON);
        Rectangle area = getClientArea();
        float scale = Math.min(1f, Math.min((area.width - 8f) / d.width(), (area.height - 8f) / d.height()));
        if (scale <= 0) {
            return;
        }
        Transform t = new Transform(getDisplay());
        try {
            t.translate((area.width - d.width() * scale) / 2f, (area.height - d.height() * scale) / 2f);
            t.scale(scale, scale);
            gc.setTransform(t);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(1);
            for (CircuitShape.Wire w : d.wires()) {
                gc.drawLine(w.x1(), w.y1(), w.x2(), w.y2());
            }
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillOval(-3, d.mid() - 3, 6, 6);
            gc.drawOval(-3, d.mid() - 3, 6, 6);
            gc.fillOval(d.width() - 3, d.mid() - 3, 6, 6);
            gc.drawOval(d.width() - 3, d.mid() - 3, 6, 6);
            for (CircuitShape.Box b : d.boxes()) {
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(b.x(), b.y(), b.width(), b.height());
                gc.drawRectangle(b.x(), b.y(), b.width(), b.height());
                Point ext = gc.textExtent(b.name());
                gc.drawText(b.name(), b.x() + (b.width() - ext.x) / 2, b.y() + (b.height() - ext.y) / 2, true);
            }
        } finally {
            gc.setTransform(null);
            t.dispose();
        }
    }
}
