package org.interphase.tomo.ui.internal.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.interphase.core.api.ImportException;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.ui.internal.render.WindowLevel;
import org.interphase.ui.measurement.MeasurementFiles;

/**
 * Opens a {@link CompareCyclesView} of the editor's volume and another tomography volume of the same cell in
 * its own window; the other volume is closed with the window.
 */
public final class CompareLauncher {

    private CompareLauncher() {
    }

    /** The other tomography volumes of {@code m}'s cell. */
    public static List<TomographyVolume> candidates(TomographyVolume m) {
        List<TomographyVolume> out = new ArrayList<>();
        if (m.eContainer() instanceof Cell c) {
            for (Measurement other : c.getMeasurements()) {
                if (other instanceof TomographyVolume t && t != m) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Asks for the other volume (when there are several) and opens the comparison window. */
    public static void open(Shell parent, TomographyVolume m, Volume volume, WindowLevel window,
            Consumer<String> error) {
        List<TomographyVolume> others = candidates(m);
        if (others.isEmpty()) {
            error.accept("The cell has no other tomography volume to compare with; import one (e.g. after cycling).");
            return;
        }
        TomographyVolume other = others.get(0);
        if (others.size() > 1) {
            String[] names = others.stream().map(TomographyVolume::getName).toArray(String[]::new);
            org.eclipse.jface.dialogs.MessageDialog d = new org.eclipse.jface.dialogs.MessageDialog(parent,
                    "Compare cycles", null, "Compare " + m.getName() + " with:", org.eclipse.jface.dialogs.MessageDialog.QUESTION,
                    names, 0);
            int choice = d.open(); // the index of the button pressed; negative when the dialog was closed
            if (choice < 0 || choice >= others.size()) {
                return;
            }
            other = others.get(choice);
        }
        openWith(parent, m, volume, window, other, error);
    }

    /** Opens the comparison window of {@code m} (shown from {@code volume}) and {@code other}. */
    public static void openWith(Shell parent, TomographyVolume m, Volume volume, WindowLevel window, TomographyVolume other,
            Consumer<String> error) {
        Optional<Path> file = MeasurementFiles.resolve(other);
        if (file.isEmpty()) {
            error.accept("The volume of " + other.getName() + " cannot be located: " + other.getSourceUri());
            return;
        }
        Volume second;
        try {
            second = Volumes.open(file.get());
            Optional<VoxelSize> size = VoxelSize.of(other);
            if (size.isPresent()) {
                second = Volumes.withVoxelSize(second, size.get());
            }
        } catch (ImportException e) {
            error.accept("Cannot open " + other.getName() + ": " + e.getMessage());
            return;
        }
        Volume b = second;
        Shell shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText("Compare " + m.getName() + " and " + other.getName());
        shell.setLayout(new FillLayout());
        new CompareCyclesView(shell, volume, label(m), b, label(other), window);
        shell.addListener(SWT.Dispose, e -> {
            try {
                b.close();
            } catch (IOException ex) {
                error.accept("Closing " + file.get().getFileName() + " failed: " + ex.getMessage());
            }
        });
        shell.setSize(windowSize(parent.getMonitor().getClientArea()));
        shell.open();
    }

    /**
     * The comparison window's size on a screen whose work area is {@code screen}: 1200 × 900 px where that fits,
     * else the work area less a 40 px margin (a 1366 × 768 laptop screen gives 1200 × 728; 900 px would put the
     * profile chart below the screen's edge).
     */
    public static Point windowSize(Rectangle screen) {
        return new Point(Math.min(1200, screen.width - 40), Math.min(900, screen.height - 40));
    }

    private static String label(TomographyVolume t) {
        return t.getCycleState() == null ? t.getName()
                : t.getName() + " (cycle " + t.getCycleState().getCycleNumber() + ")";
    }
}
