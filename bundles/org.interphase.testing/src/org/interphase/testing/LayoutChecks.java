package org.interphase.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;

/**
 * Layout checks measured on real SWT widgets, shared by the UI test bundles: how much of an editor's height
 * its plot gets, how many rows a table shows, whether an axis title fits its axis. Each check returns the
 * problems it found as sentences (empty when none), so a test can assert all of them in one message.
 */
public final class LayoutChecks {

    /**
     * The editor area the product gives at a 1366 × 768 screen with the default perspective (Project Explorer
     * left, Interface Timeline and Properties below): 1150 × 321 px, measured on the product's own screenshot
     * docs/screenshots/timeline-1366x768.png (editor client area from x = 209 to 1358 and y = 90 to 410).
     */
    public static final Point EDITOR_AREA_1366x768 = new Point(1150, 321);

    /** The Interface Timeline's view area at the same screen (x = 209 to 986, y = 450 to 706 in that screenshot). */
    public static final Point TIMELINE_AREA_1366x768 = new Point(778, 257);

    private LayoutChecks() {
    }

    /** A shell whose client area is exactly {@code size}, with a fill layout for the editor body. */
    public static Shell shell(Display display, Point size, String title) {
        Shell shell = new Shell(display);
        shell.setText(title);
        shell.setLayout(new FillLayout());
        Rectangle trim = shell.computeTrim(0, 0, size.x, size.y);
        shell.setSize(trim.width, trim.height);
        return shell;
    }

    /** Whole table rows visible below the header. */
    public static int visibleRows(Table table) {
        int item = Math.max(1, table.getItemHeight());
        return (table.getClientArea().height - table.getHeaderHeight()) / item;
    }

    /** Whole tree rows visible below the header. */
    public static int visibleRows(Tree tree) {
        int item = Math.max(1, tree.getItemHeight());
        return (tree.getClientArea().height - tree.getHeaderHeight()) / item;
    }

    /** The plot area's height as a share of {@code editor}'s height. */
    public static double plotShare(Chart chart, Control editor) {
        return (double) chart.getPlotArea().getBounds().height / Math.max(1, editor.getSize().y);
    }

    /**
     * The smallest rectangle (in {@code editor}'s coordinates) holding the plot areas of all showing charts: for
     * one chart its plot, for a grid of charts the plots together (a 2 × 2 grid spans both rows), clipped to the
     * editor's bounds.
     */
    public static Rectangle plotRegion(Control editor) {
        Rectangle union = null;
        for (Chart c : showing(editor, Chart.class)) {
            Control plot = c.getPlotArea().getControl();
            Rectangle r = editor.getDisplay().map(plot.getParent(), editor, plot.getBounds());
            union = union == null ? r : union.union(r);
        }
        // what scrolls out of the editor does not count
        Rectangle shown = new Rectangle(0, 0, editor.getSize().x, editor.getSize().y);
        return union == null ? new Rectangle(0, 0, 0, 0) : union.intersection(shown);
    }

    /**
     * The height spanned by {@code plots} (controls that draw data, e.g. slice views), from the top of the highest
     * to the bottom of the lowest, as a share of {@code editor}'s height.
     */
    public static double heightShare(List<? extends Control> plots, Control editor) {
        Rectangle union = null;
        for (Control p : plots) {
            Rectangle r = editor.getDisplay().map(p.getParent(), editor, p.getBounds());
            union = union == null ? r : union.union(r);
        }
        return union == null ? 0 : (double) union.height / Math.max(1, editor.getSize().y);
    }

    /** Controls of type {@code type} below {@code root} that are showing (visible up to the shell, not zero-sized). */
    public static <T extends Control> List<T> showing(Control root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T extends Control> void collect(Control c, Class<T> type, List<T> out) {
        if (!c.isVisible()) {
            return;
        }
        if (type.isInstance(c) && c.getSize().x > 0 && c.getSize().y > 0) {
            out.add(type.cast(c));
        }
        if (c instanceof Composite comp && !(c instanceof Chart)) {
            for (Control k : comp.getChildren()) {
                collect(k, type, out);
            }
        }
    }

    /**
     * Tables and trees below {@code root} that show fewer than {@code min} whole rows; a table that holds fewer
     * items must show all of them (and at least one row).
     */
    public static List<String> shortTables(Control root, int min) {
        List<String> problems = new ArrayList<>();
        for (Table t : showing(root, Table.class)) {
            int rows = visibleRows(t);
            int needed = Math.max(1, Math.min(min, t.getItemCount()));
            if (rows < needed) {
                problems.add("table " + describe(t) + " shows " + rows + " rows (< " + needed + ", " + t.getItemCount()
                        + " items) in " + t.getClientArea());
            }
        }
        for (Tree t : showing(root, Tree.class)) {
            int rows = visibleRows(t);
            int needed = Math.max(1, Math.min(min, t.getItemCount()));
            if (rows < needed) {
                problems.add("tree " + describe(t) + " shows " + rows + " rows (< " + needed + ", " + t.getItemCount()
                        + " top-level items) in " + t.getClientArea());
            }
        }
        return problems;
    }

    /** Axis titles of {@code chart} wider than their axis (x: the plot's width, y: the plot's height), measured with a GC. */
    public static List<String> clippedAxisTitles(Chart chart) {
        List<String> problems = new ArrayList<>();
        Rectangle plot = chart.getPlotArea().getBounds();
        List<IAxis> axes = new ArrayList<>(List.of(chart.getAxisSet().getXAxes()));
        axes.addAll(List.of(chart.getAxisSet().getYAxes()));
        for (IAxis axis : axes) {
            if (!axis.getTitle().isVisible() || axis.getTitle().getText() == null || axis.getTitle().getText().isEmpty()) {
                continue;
            }
            String title = axis.getTitle().getText();
            GC gc = new GC(chart);
            Point extent;
            try {
                gc.setFont(axis.getTitle().getFont());
                extent = gc.textExtent(title);
            } finally {
                gc.dispose();
            }
            int room = axis.getDirection() == IAxis.Direction.X ? plot.width : plot.height;
            if (extent.x > room) {
                problems.add("axis title '" + title + "' (" + extent.x + " px) longer than its axis (" + room + " px) in chart '"
                        + chart.getTitle().getText() + "'");
            }
        }
        return problems;
    }

    /**
     * The three checks on one editor or view: the showing charts' plots span at least
     * {@code plotShare} of the editor's height, every showing table or tree shows at least {@code rows} rows,
     * no showing chart clips an axis title or sticks out of the editor, no button, combo, text field or spinner is cut
     * ({@link #clippedControls}).
     */
    public static List<String> check(Control editor, double plotShare, int rows) {
        List<String> problems = new ArrayList<>();
        List<Chart> charts = showing(editor, Chart.class);
        double share = (double) plotRegion(editor).height / Math.max(1, editor.getSize().y);
        if (share < plotShare) {
            problems.add(String.format(java.util.Locale.ROOT, "the plots span %.0f %% of the editor height %d px (< %.0f %%)",
                    share * 100, editor.getSize().y, plotShare * 100));
        }
        problems.addAll(shortTables(editor, rows));
        charts.forEach(c -> problems.addAll(clippedAxisTitles(c)));
        problems.addAll(cutCharts(editor));
        problems.addAll(clippedControls(editor));
        return problems;
    }

    /**
     * Buttons, check boxes, combos, text fields and spinners below {@code editor} that the user sees only in part: cut
     * by a parent's or the editor's edge (a scrolled composite's content counts as visible, the user scrolls to it) or
     * narrower than their text.
     */
    public static List<String> clippedControls(Control editor) {
        return ClippedControls.find(editor);
    }

    /**
     * Charts that stick out of {@code editor} (their axes or titles cut off at its edge); charts inside a scrolled
     * composite may, the user scrolls to them.
     */
    public static List<String> cutCharts(Control editor) {
        List<String> problems = new ArrayList<>();
        Rectangle area = new Rectangle(0, 0, editor.getSize().x, editor.getSize().y);
        for (Chart c : showing(editor, Chart.class)) {
            if (scrolled(c, editor)) {
                continue;
            }
            Rectangle r = editor.getDisplay().map(c.getParent(), editor, c.getBounds());
            if (!area.contains(r.x, r.y) || !area.contains(r.x + r.width - 1, r.y + r.height - 1)) {
                problems.add("chart '" + c.getTitle().getText() + "' at " + r + " cut off by the editor's edge " + area);
            }
        }
        return problems;
    }

    private static boolean scrolled(Control c, Control editor) {
        for (Control p = c.getParent(); p != null && p != editor; p = p.getParent()) {
            if (p instanceof org.eclipse.swt.custom.ScrolledComposite) {
                return true;
            }
        }
        return false;
    }

    /** "Table [Flags, Cycle, …]" for messages. */
    static String describe(Table t) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < Math.min(4, t.getColumnCount()); i++) {
            b.append(i > 0 ? ", " : "").append(t.getColumn(i).getText());
        }
        return b.append(t.getColumnCount() > 4 ? ", …]" : "]").toString();
    }

    static String describe(Tree t) {
        return t.getColumnCount() > 0 ? "[" + t.getColumn(0).getText() + ", …]" : "(no columns)";
    }
}
