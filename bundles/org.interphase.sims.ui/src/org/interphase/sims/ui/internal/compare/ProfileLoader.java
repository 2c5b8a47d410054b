package org.interphase.sims.ui.internal.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.interphase.core.api.Hashes;
import org.interphase.core.api.ImportException;
import org.interphase.model.DepthProfile;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.ui.internal.ProfileSource;
import org.interphase.ui.measurement.MeasurementFiles;

/**
 * Reads the data of many depth profiles off the UI thread (cancellable, with progress); a profile whose file is
 * missing or unreadable is reported by name, never dropped silently.
 */
public final class ProfileLoader extends Job {

    /**
     * What was read.
     *
     * @param data     per readable profile its data, in input order
     * @param hashes   "sha256:..." per readable profile
     * @param problems "name: reason" per unreadable profile
     */
    public record Loaded(Map<DepthProfile, ProfileData> data, Map<DepthProfile, String> hashes, List<String> problems) {
    }

    private final List<DepthProfile> profiles;
    private final Display display;
    private final Consumer<Loaded> done;

    public ProfileLoader(List<DepthProfile> profiles, Display display, Consumer<Loaded> done) {
        super("Reading " + profiles.size() + " SIMS depth profiles");
        this.profiles = List.copyOf(profiles);
        this.display = display;
        this.done = done;
        setUser(false);
    }

    /** Reads synchronously (also what the job does). */
    public static Loaded read(List<DepthProfile> profiles, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Reading depth profiles", profiles.size());
        Map<DepthProfile, ProfileData> data = new LinkedHashMap<>();
        Map<DepthProfile, String> hashes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (DepthProfile p : profiles) {
            if (sub.isCanceled()) {
                break;
            }
            sub.subTask(p.getName());
            Optional<Path> file = MeasurementFiles.resolve(p);
            if (file.isEmpty()) {
                problems.add(p.getName() + ": data file not found (" + p.getSourceUri() + ")");
            } else {
                try {
                    // a generic CSV profile is read with its stored (or a confident) mapping; nobody is asked here
                    Optional<ProfileData> d = ProfileSource.read(p, null, file.get(), (n, l, g) -> Optional.empty());
                    if (d.isEmpty()) {
                        problems.add(p.getName() + ": its columns were never confirmed (open it in the editor)");
                    } else {
                        data.put(p, d.get());
                        hashes.put(p, "sha256:" + Hashes.sha256(file.get()));
                    }
                } catch (ImportException | java.io.IOException e) {
                    problems.add(p.getName() + ": " + e.getMessage());
                }
            }
            sub.worked(1);
        }
        return new Loaded(data, hashes, problems);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Loaded loaded = read(profiles, monitor);
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> done.accept(loaded));
        }
        return Status.OK_STATUS;
    }
}
