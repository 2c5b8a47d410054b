package org.interphase.app.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Places the labels of the layer-stack drawing so that no two overlap; free of SWT (the caller measures texts). A
 * layer's label sits inside its band when it fits there (on one line, or two: name and thickness), otherwise in the
 * label column right of the stack, one line or, when the column is too narrow, two. The interface labels (name above the interface line,
 * species below) share that column. Column labels keep the order of their anchors and are pushed apart where they
 * would overlap: a one-dimensional sweep top-down, then bottom-up when the last one runs off the bottom (the
 * classic greedy placement of axis-aligned labels along a line); a moved label gets a leader to its anchor.
 */
public final class StackLabels {

    /** Vertical gap between two labels of the column (px). */
    public static final int GAP = 2;

    /**
     * A label: its lines, the box they fill (top-left x, y, width, height), the row its leader points at and the index
     * of its interface line in the geometry (-1 for a layer's label).
     */
    public record Placed(List<String> lines, int x, int y, int width, int height, int anchorY, int line) {
        /** Whether the label sits away from its anchor, so that the drawing connects them with a leader. */
        public boolean moved() {
            return anchorY < y || anchorY > y + height;
        }
    }

    /** One label for the column: its lines and the top it would like. */
    private record Block(List<String> lines, int wantedTop, int anchorY, int height, int line) {
    }

    private StackLabels() {
    }

    /**
     * @param layerTexts     per band of {@code g}, the label ("Li foil  200 µm") and, for two lines, name and thickness
     * @param interfaceTexts per line of {@code g}, name and species (species may be empty)
     * @param x0             left edge of the stack; {@code top}: its top row
     * @param stackWidth     width of the stack; the column starts 12 px right of it
     * @param right          rightmost usable column; {@code minY}, {@code maxY}: the rows the column may use
     */
    public static List<Placed> place(StackGeometry g, List<String[]> layerTexts, List<String[]> interfaceTexts,
            ToIntFunction<String> width, int lineHeight, int x0, int top, int stackWidth, int right, int minY, int maxY) {
        List<Placed> out = new ArrayList<>();
        List<Block> column = new ArrayList<>();
        int columnX = x0 + stackWidth + 12;
        int room = right - columnX;
        for (int i = 0; i < g.bands().size(); i++) {
            StackGeometry.Band b = g.bands().get(i);
            String[] t = layerTexts.get(i);
            int centre = top + (b.top() + b.bottom()) / 2;
            List<String> inside = inside(t, b.height(), stackWidth, lineHeight, width);
            if (!inside.isEmpty()) {
                int h = inside.size() * lineHeight;
                int w = inside.stream().mapToInt(width).max().orElse(0);
                out.add(new Placed(inside, x0 + 8, centre - h / 2, w, h, centre, -1));
            } else {
                List<String> lines = width.applyAsInt(t[0]) <= room || t.length < 3 ? List.of(t[0]) : List.of(t[1], t[2]);
                column.add(new Block(lines, centre - lines.size() * lineHeight / 2, centre, lines.size() * lineHeight, -1));
            }
        }
        for (int i = 0; i < g.lines().size(); i++) {
            String[] t = interfaceTexts.get(i);
            int y = top + g.lines().get(i).y();
            List<String> lines = t[1].isEmpty() ? List.of(t[0]) : List.of(t[0], t[1]);
            column.add(new Block(lines, y - lineHeight, y, lines.size() * lineHeight + 1, i));
        }
        column.sort(Comparator.comparingInt(Block::anchorY));
        int[] tops = sweep(column, minY, maxY);
        for (int i = 0; i < column.size(); i++) {
            Block k = column.get(i);
            int w = k.lines().stream().mapToInt(width).max().orElse(0);
            out.add(new Placed(k.lines(), columnX, tops[i], w, k.height(), k.anchorY(), k.line()));
        }
        return out;
    }

    /**
     * The lines of a layer's label inside its band: the one-line label ({@code texts[0]}) when it fits, else name and
     * thickness ({@code texts[1]}, {@code texts[2]}) on two lines when they fit; empty when neither fits (the label
     * goes to the column). A label fits when it is at least 8 px from either side of the stack.
     */
    public static List<String> inside(String[] texts, int bandHeight, int stackWidth, int lineHeight,
            ToIntFunction<String> width) {
        int room = stackWidth - 16;
        if (width.applyAsInt(texts[0]) <= room && lineHeight <= bandHeight) {
            return List.of(texts[0]);
        }
        if (texts.length >= 3 && 2 * lineHeight <= bandHeight && width.applyAsInt(texts[1]) <= room
                && width.applyAsInt(texts[2]) <= room) {
            return List.of(texts[1], texts[2]);
        }
        return List.of();
    }

    /** The least column width a layer's label needs outside its band: the wider line of its two-line form. */
    public static int columnWidth(String[] texts, ToIntFunction<String> width) {
        int one = width.applyAsInt(texts[0]);
        return texts.length < 3 ? one : Math.min(one, Math.max(width.applyAsInt(texts[1]), width.applyAsInt(texts[2])));
    }

    /** Tops for {@code blocks} (sorted by anchor) as near their wanted tops as the gaps allow, within minY..maxY. */
    static int[] sweep(List<Block> blocks, int minY, int maxY) {
        int n = blocks.size();
        int[] tops = new int[n];
        int next = minY;
        for (int i = 0; i < n; i++) {
            tops[i] = Math.max(blocks.get(i).wantedTop(), next);
            next = tops[i] + blocks.get(i).height() + GAP;
        }
        int limit = maxY;
        for (int i = n - 1; i >= 0; i--) {
            int bottom = tops[i] + blocks.get(i).height();
            if (bottom > limit) {
                tops[i] = Math.max(minY, limit - blocks.get(i).height());
            }
            limit = tops[i] - GAP;
        }
        return tops;
    }
}
