package org.interphase.ui.layout;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;

/**
 * Sizes the scrolled area of a {@link ScrolledComposite} without ever asking GTK for a scroll bar shorter than the
 * bar's own minimum length (46 px with the default GTK 3 theme, {@link ScrollBar#getSize()}). A scroller that is
 * laid out at a few pixels first (a view or a column before the window has its size) would otherwise show its bar
 * in that sliver and GTK prints {@code Gtk-CRITICAL gtk_box_gadget_distribute: assertion 'size >= 0' failed in
 * GtkScrollbar}; below that length the content is squeezed instead, and the bar comes back on the next resize.
 */
public final class Scrolling {

    private Scrolling() {
    }

    /** Sets {@code scroll}'s minimum content size to {@code wanted}, or to none while the scroller is too small for a bar. */
    public static void setMinSize(ScrolledComposite scroll, Point wanted) {
        Point size = scroll.getSize();
        ScrollBar v = scroll.getVerticalBar();
        ScrollBar h = scroll.getHorizontalBar();
        int height = v != null && size.y < v.getSize().y ? 0 : wanted.y;
        int width = h != null && size.x < h.getSize().x ? 0 : wanted.x;
        scroll.setMinSize(width, height);
    }

    /**
     * The height hint that shows {@code rows} whole rows of {@code table} under its header. A table hinted shorter
     * than its vertical bar's minimum length (the XPS region list had a fixed 72 px, about two rows) makes GTK print the
     * same critical as above when it needs the bar.
     */
    public static int tableHeight(Table table, int rows) {
        return table.getHeaderHeight() + rows * table.getItemHeight() + 2 * table.getBorderWidth();
    }
}
