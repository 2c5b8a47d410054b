package org.interphase.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Finds the controls a user operates (buttons, check boxes, combos, text fields, spinners) that an editor shows
 * only in part: cut by the edge of a parent, of the editor, or buttons and spinners squeezed below the width they need. A control
 * inside a {@link ScrolledComposite}'s content counts as reachable when it lies inside that content and the content
 * fits the directions the scroller cannot scroll.
 */
final class ClippedControls {

    private ClippedControls() {
    }

    static List<String> find(Control editor) {
        List<String> problems = new ArrayList<>();
        for (Control c : LayoutChecks.showing(editor, Control.class)) {
            if (!operable(c)) {
                continue;
            }
            String cut = cutBy(c, editor);
            if (cut != null) {
                problems.add(describe(c) + " at " + c.getBounds() + " is cut by " + cut);
            } else if (c instanceof Button b && (b.getStyle() & SWT.WRAP) == 0 || c instanceof Spinner) {
                // a squeezed button cuts its text, a squeezed spinner its +/- buttons (combos may show less of an item)
                int needed = c.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
                if (c.getSize().x + 1 < needed) {
                    problems.add(describe(c) + " is " + c.getSize().x + " px wide, it needs " + needed + " px");
                }
            }
        }
        return problems;
    }

    private static boolean operable(Control c) {
        return c instanceof Button || c instanceof Combo || c instanceof Text || c instanceof Spinner;
    }

    /** The ancestor whose visible area cuts {@code c} (as a phrase), or null when the user can see all of it. */
    private static String cutBy(Control c, Control editor) {
        Rectangle r = c.getBounds(); // in the parent's coordinates
        Composite p = c.getParent();
        while (p != null) {
            if (p.getParent() instanceof ScrolledComposite sc && sc.getContent() == p) {
                Rectangle content = new Rectangle(0, 0, p.getSize().x, p.getSize().y);
                if (!contains(content, r)) {
                    return "the end of its scrolled content " + content;
                }
                Rectangle inScroller = p.getDisplay().map(p, sc, r);
                Rectangle view = sc.getClientArea();
                boolean h = sc.getHorizontalBar() != null;
                boolean v = sc.getVerticalBar() != null;
                if (!h && (inScroller.x < view.x || inScroller.x + inScroller.width > view.x + view.width)
                        || !v && (inScroller.y < view.y || inScroller.y + inScroller.height > view.y + view.height)) {
                    return "a scroller that cannot scroll that way " + view;
                }
                if (sc == editor) {
                    return null;
                }
                // what scrolls into view is seen through the scroller: it must be shown itself
                r = sc.getBounds();
                p = sc.getParent();
                continue;
            }
            Rectangle area = visibleArea(p);
            if (!contains(area, r)) {
                return (p == editor ? "the editor's edge " : "the edge of its parent " + p.getClass().getSimpleName() + " ")
                        + area;
            }
            if (p == editor) {
                return null;
            }
            r = p.getDisplay().map(p, p.getParent(), r);
            p = p.getParent();
        }
        return null;
    }

    /** Where a composite shows its children: the client area, or the whole widget for a tab folder's top-right bar. */
    private static Rectangle visibleArea(Composite p) {
        return p instanceof CTabFolder ? new Rectangle(0, 0, p.getSize().x, p.getSize().y) : p.getClientArea();
    }

    private static boolean contains(Rectangle area, Rectangle r) {
        return r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width
                && r.y + r.height <= area.y + area.height;
    }

    private static String describe(Control c) {
        String text = c instanceof Button b ? b.getText() : c instanceof Combo co ? co.getText()
                : c instanceof Text t ? t.getText().isEmpty() ? t.getMessage() : t.getText() : "";
        String tip = c.getToolTipText();
        return c.getClass().getSimpleName() + " '" + text + "'" + (text.isEmpty() && tip != null ? " (" + tip + ")" : "");
    }
}
