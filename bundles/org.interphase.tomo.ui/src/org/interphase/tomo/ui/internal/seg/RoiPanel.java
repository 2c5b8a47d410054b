package org.interphase.tomo.ui.internal.seg;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.ui.internal.view.OrthoViewer;

/**
 * Region-of-interest controls: whole volume, automatic sample outline or inscribed cylinder (computed by the
 * segmentation job), or a region set on the XY view: a cylinder centred on the crosshair with a radius, or
 * a rectangle "x0 y0 x1 y1", typed or picked with two clicks on the XY view ("Pick on XY": centre then rim,
 * or two corners). The region set is drawn on the XY view.
 */
public final class RoiPanel extends Composite {

    private final OrthoViewer viewer;
    private final Combo kind;
    private final Combo shape;
    private final Spinner radius;
    private final Text rectangle;
    private final org.eclipse.swt.widgets.Button pick;
    private double centreX;
    private double centreY;
    private int[] firstPick; // (x, y) of the first click while picking, else null
    private boolean picking;

    public RoiPanel(Composite parent, OrthoViewer viewer) {
        super(parent, SWT.NONE);
        this.viewer = viewer;
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        new Label(this, SWT.NONE).setText("Region");
        kind = new Combo(this, SWT.READ_ONLY);
        for (RoiSpec.Kind k : RoiSpec.Kind.values()) {
            kind.add(k.label());
        }
        kind.select(0);
        kind.setToolTipText("voxels outside the region are ignored by thresholds, fractions, contact and void labelling");
        GridData kd = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        kd.widthHint = 110;
        kind.setLayoutData(kd);
        shape = new Combo(this, SWT.READ_ONLY);
        shape.setItems("Cylinder at crosshair", "Rectangle");
        shape.select(0);
        shape.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        radius = new Spinner(this, SWT.BORDER);
        int n = Math.max(viewer.volume().sizeX(), viewer.volume().sizeY());
        radius.setValues(Math.max(1, Math.min(viewer.volume().sizeX(), viewer.volume().sizeY()) / 2 - 1), 1, n, 0, 1, 10);
        radius.setToolTipText("cylinder radius in voxels");
        rectangle = new Text(this, SWT.BORDER);
        rectangle.setText("0 0 " + viewer.volume().sizeX() + " " + viewer.volume().sizeY());
        rectangle.setToolTipText("rectangle x0 y0 x1 y1 in voxels (x1, y1 excluded)");
        GridData rd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        rd.widthHint = 70;
        rectangle.setLayoutData(rd);
        pick = new org.eclipse.swt.widgets.Button(this, SWT.TOGGLE);
        pick.setText("Pick on XY");
        pick.setToolTipText("click the centre then a rim point (cylinder), or two corners (rectangle) on the XY view");
        pick.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 4, 1));
        pick.addListener(SWT.Selection, e -> {
            picking = pick.getSelection();
            firstPick = null;
        });
        viewer.addPositionListener(this::picked);
        kind.addListener(SWT.Selection, e -> changed());
        shape.addListener(SWT.Selection, e -> changed());
        radius.addListener(SWT.Modify, e -> changed());
        rectangle.addListener(SWT.DefaultSelection, e -> changed());
        changed();
    }

    /** While picking: the first crosshair move fixes the centre / corner, the second the radius / corner. */
    private void picked(int[] zyx) {
        if (!picking || isDisposed()) {
            return;
        }
        int x = zyx[2];
        int y = zyx[1];
        if (firstPick == null) {
            firstPick = new int[] { x, y };
            return;
        }
        int[] first = firstPick;
        picking = false; // before moving the crosshair below, which comes back here
        firstPick = null;
        pick.setSelection(false);
        kind.select(RoiSpec.Kind.SET_ON_XY.ordinal());
        if (shape.getSelectionIndex() == 0) {
            radius.setSelection((int) Math.max(1, Math.round(Math.hypot(x - first[0], y - first[1]))));
            viewer.setPosition(zyx[0], first[1], first[0]); // the centre, as the cylinder uses the crosshair
        } else {
            rectangle.setText(Math.min(x, first[0]) + " " + Math.min(y, first[1]) + " " + (Math.max(x, first[0]) + 1) + " "
                    + (Math.max(y, first[1]) + 1));
        }
        changed();
    }

    /** The pick toggle (tests). */
    public org.eclipse.swt.widgets.Button pickButton() {
        return pick;
    }

    private boolean onXy() {
        return kind.getSelectionIndex() == RoiSpec.Kind.SET_ON_XY.ordinal();
    }

    /** Recentres a cylinder on the crosshair and redraws the region on the XY view. */
    private void changed() {
        boolean xy = onXy();
        shape.setEnabled(xy);
        radius.setEnabled(xy && shape.getSelectionIndex() == 0);
        rectangle.setEnabled(xy && shape.getSelectionIndex() == 1);
        int[] p = viewer.position();
        centreX = p[Axis.X.ordinal()];
        centreY = p[Axis.Y.ordinal()];
        try {
            show(xy ? manual() : null);
        } catch (IllegalArgumentException e) {
            show(null);
        }
    }

    /** Draws {@code roi} on the XY view (null removes it). */
    public void show(Roi roi) {
        viewer.view(Axis.Z).setRoi(roi);
    }

    private Roi manual() {
        if (shape.getSelectionIndex() == 0) {
            return new Roi.Cylinder(centreX, centreY, radius.getSelection());
        }
        String[] v = rectangle.getText().trim().split("[\\s,;]+");
        if (v.length != 4) {
            throw new IllegalArgumentException("a rectangle is 'x0 y0 x1 y1', not '" + rectangle.getText().trim() + "'");
        }
        try {
            return new Roi.Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]),
                    Integer.parseInt(v[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rectangle corners must be whole voxel numbers: '" + rectangle.getText().trim() + "'");
        }
    }

    /** The chosen region; a cylinder is centred on the current crosshair. */
    public RoiSpec spec() {
        RoiSpec.Kind k = RoiSpec.Kind.values()[kind.getSelectionIndex()];
        if (k != RoiSpec.Kind.SET_ON_XY) {
            return new RoiSpec(k, Roi.WHOLE);
        }
        int[] p = viewer.position();
        centreX = p[Axis.X.ordinal()];
        centreY = p[Axis.Y.ordinal()];
        return new RoiSpec(k, manual());
    }

    /** Widgets for tests. */
    public Combo kindCombo() {
        return kind;
    }

    public Combo shapeCombo() {
        return shape;
    }

    public Spinner radiusSpinner() {
        return radius;
    }

    public Text rectangleText() {
        return rectangle;
    }
}
