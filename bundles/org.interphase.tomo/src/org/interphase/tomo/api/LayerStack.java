package org.interphase.tomo.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.Layer;

/**
 * Places the interfaces of a cell's layer stack in a volume. The layers are stacked in model order (anode
 * side first) along the volume's stack axis, the first layer's lower face at {@code offsetUm} from the
 * centre of slice 0 (set by the user, who finds it on the slices); the interface between layer i and
 * i + 1 lies at {@code offsetUm + sum of the thicknesses of layers 0..i}, i.e. slice index
 * {@code round(position / voxel edge along the axis)}.
 */
public final class LayerStack {

    /**
     * One interface plane.
     *
     * @param name       "lower | upper" layer names
     * @param lower      layer below (anode side)
     * @param upper      layer above
     * @param iface      the model's {@link Interface} between these layers, when the cell has one
     * @param positionUm distance from the centre of slice 0 along the axis
     * @param index      nearest slice, possibly outside the volume ({@link #inside})
     * @param inside     whether the plane falls inside the volume
     */
    public record Plane(String name, Layer lower, Layer upper, Optional<Interface> iface, double positionUm, int index,
            boolean inside) {
    }

    private LayerStack() {
    }

    /**
     * The interface planes of {@code cell}'s stack in a volume with {@code slices} slices of edge
     * {@code edgeUm} along the stack axis.
     *
     * @throws IllegalArgumentException when the cell has fewer than two layers, a layer has no positive
     *                                  thickness, or the edge is not positive
     */
    public static List<Plane> planes(Cell cell, double offsetUm, double edgeUm, int slices) {
        Objects.requireNonNull(cell, "cell");
        if (!(edgeUm > 0) || !Double.isFinite(edgeUm) || !Double.isFinite(offsetUm)) {
            throw new IllegalArgumentException("the voxel edge along the stack axis must be positive and the offset finite");
        }
        List<Layer> layers = cell.getLayers();
        if (layers.size() < 2) {
            throw new IllegalArgumentException("the cell has " + layers.size() + " layer(s); interfaces need at least two");
        }
        List<Plane> out = new ArrayList<>();
        double position = offsetUm;
        for (int i = 0; i < layers.size() - 1; i++) {
            Layer lower = layers.get(i);
            Layer upper = layers.get(i + 1);
            if (!(lower.getThicknessUm() > 0)) {
                throw new IllegalArgumentException("layer '" + lower.getName() + "' has no thickness; set it in the cell");
            }
            position += lower.getThicknessUm();
            int index = (int) Math.round(position / edgeUm);
            out.add(new Plane(lower.getName() + " | " + upper.getName(), lower, upper, find(cell, lower, upper), position,
                    index, index >= 0 && index < slices));
        }
        return out;
    }

    private static Optional<Interface> find(Cell cell, Layer a, Layer b) {
        for (Interface i : cell.getInterfaces()) {
            if (i.getLower() == a && i.getUpper() == b || i.getLower() == b && i.getUpper() == a) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
