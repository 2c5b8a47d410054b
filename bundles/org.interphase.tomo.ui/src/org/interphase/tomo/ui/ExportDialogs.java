package org.interphase.tomo.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.FileDialog;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.TiffExport;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.ui.internal.seg.ProfileCsv;
import org.interphase.tomo.ui.internal.seg.SegmentationRun;

/** The editor's export actions behind file dialogs: slice PNG (as displayed) and TIFF (values), mask TIFF, profile CSV. */
final class ExportDialogs {

    private final TomoEditorBody body;
    private final TomographyVolume measurement;
    private final Combo exportView;
    private final Consumer<String> info;
    private final BiConsumer<String, Throwable> error;

    ExportDialogs(TomoEditorBody body, TomographyVolume measurement, Combo exportView, Consumer<String> info,
            BiConsumer<String, Throwable> error) {
        this.body = body;
        this.measurement = measurement;
        this.exportView = exportView;
        this.info = info;
        this.error = error;
    }

    private void post(Runnable r) {
        if (!body.isDisposed()) {
            body.getDisplay().asyncExec(() -> {
                if (!body.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    void exportSliceDialog() {
        if (body.viewer() == null) {
            return;
        }
        Axis axis = exportAxis();
        String name = String.format(Locale.ROOT, "%s_%s%d.png", safe(measurement.getName()), axis.id(),
                body.viewer().position()[axis.ordinal()]);
        ask(name, "*.png").ifPresent(p -> {
            try {
                body.exportSlice(axis, p);
                info.accept("Slice written to " + p);
            } catch (RuntimeException e) {
                error.accept("Cannot write " + p + ": " + e.getMessage(), e);
            }
        });
    }

    private Axis exportAxis() {
        return switch (exportView.getSelectionIndex()) {
            case 1 -> Axis.Y;
            case 2 -> Axis.X;
            default -> Axis.Z;
        };
    }

    void exportTiffDialog() {
        if (body.viewer() == null) {
            return;
        }
        Axis axis = exportAxis();
        String name = String.format(Locale.ROOT, "%s_%s%d.tif", safe(measurement.getName()), axis.id(),
                body.viewer().position()[axis.ordinal()]);
        ask(name, "*.tif").ifPresent(p -> {
            try {
                body.exportSliceTiff(axis, p);
                info.accept("Slice written to " + p);
            } catch (IOException | RuntimeException e) {
                error.accept("Cannot write " + p + ": " + e.getMessage(), e);
            }
        });
    }

    void exportMaskDialog(SegmentationRun run) {
        ask(safe(measurement.getName()) + "_mask.tif", "*.tif").ifPresent(p -> {
            Volume v = body.volume().orElseThrow();
            Job j = Job.create("Writing mask " + p.getFileName(), (IProgressMonitor monitor) -> {
                monitor.beginTask("Mask", v.sizeZ());
                try {
                    TiffExport.writeMask(v, run.thresholds(), run.roi(), p, (done, total) -> {
                        monitor.worked(1);
                        return !monitor.isCanceled();
                    });
                    post(() -> info.accept("Mask written to " + p));
                    return Status.OK_STATUS;
                } catch (java.util.concurrent.CancellationException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    post(() -> error.accept("Cannot write " + p + ": " + e.getMessage(), e));
                    return Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
            });
            j.setUser(true);
            j.schedule();
        });
    }

    void exportCsvDialog(SegmentationRun run) {
        ask(safe(measurement.getName()) + "_profile_" + run.settings().axis().id() + ".csv", "*.csv").ifPresent(p -> {
            try {
                ProfileCsv.write(run, String.valueOf(measurement.getSourceUri()), p);
                info.accept("Profile written to " + p);
            } catch (IOException e) {
                error.accept("Cannot write " + p + ": " + e.getMessage(), e);
            }
        });
    }

    private Optional<Path> ask(String name, String extension) {
        FileDialog d = new FileDialog(body.getShell(), SWT.SAVE);
        d.setFileName(name);
        d.setFilterExtensions(new String[] { extension });
        d.setOverwrite(true);
        String chosen = d.open();
        return Optional.ofNullable(chosen).map(Path::of);
    }

    private static String safe(String s) {
        return s == null ? "volume" : s.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
