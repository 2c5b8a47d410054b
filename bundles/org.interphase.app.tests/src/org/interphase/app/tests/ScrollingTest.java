package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.layout.ScrollColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scrolling column squeezed below its scroll bar's minimum length shows no bar (GTK cannot allocate one and prints
 * {@code Gtk-CRITICAL gtk_box_gadget_distribute ... in GtkScrollbar}); given room, it scrolls as before.
 */
class ScrollingTest {

    @ParameterizedTest
    @ValueSource(ints = { 1, 10, 20, 40, 60, 200 })
    void theBarIsShownOnlyWhenItFits(int height) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new GridLayout(1, false));
        ScrollColumn column = new ScrollColumn(shell);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = height;
        column.scroll().setLayoutData(data);
        for (int i = 0; i < 8; i++) {
            Label l = new Label(column.content(), SWT.NONE);
            l.setText("row " + i);
            GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
            d.heightHint = 100;
            l.setLayoutData(d);
        }
        shell.setSize(400, height + 100);
        shell.open();
        new SwtDriver(display).waitUntil(() -> false, 300);
        try {
            int scroller = column.scroll().getSize().y;
            int barLength = column.scroll().getVerticalBar().getSize().y;
            assertEquals(height, scroller, "laid out as asked");
            assertTrue(barLength > 0 && barLength < 100, "the bar's minimum length: " + barLength);
            if (scroller < barLength) {
                assertFalse(column.scroll().getVerticalBar().getVisible(), height + " px: no bar shorter than " + barLength);
            } else {
                assertTrue(column.scroll().getVerticalBar().getVisible(), height + " px: 800 px of rows scroll");
                assertTrue(column.content().getSize().y >= 800, "content keeps its height: " + column.content().getSize());
            }
        } finally {
            shell.dispose();
        }
    }

    /** A table hinted with {@code Scrolling.tableHeight(table, 4)} shows four whole rows under its header. */
    @org.junit.jupiter.api.Test
    void tableHeightShowsWholeRows() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new GridLayout(1, false));
        org.eclipse.swt.widgets.Table table = new org.eclipse.swt.widgets.Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        new org.eclipse.swt.widgets.TableColumn(table, SWT.LEFT).setWidth(120);
        for (int i = 0; i < 9; i++) {
            new org.eclipse.swt.widgets.TableItem(table, SWT.NONE).setText("S 2p/" + i);
        }
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = org.interphase.ui.layout.Scrolling.tableHeight(table, 4);
        table.setLayoutData(data);
        shell.setSize(300, 400);
        shell.open();
        new SwtDriver(display).waitUntil(() -> false, 300);
        try {
            int rowsArea = table.getSize().y - 2 * table.getBorderWidth() - table.getHeaderHeight();
            assertTrue(rowsArea >= 4 * table.getItemHeight() - 2, "four rows of " + table.getItemHeight() + " px in "
                    + rowsArea + " px");
            assertTrue(rowsArea >= table.getVerticalBar().getSize().y, "room for the scroll bar: " + rowsArea);
        } finally {
            shell.dispose();
        }
    }
}
