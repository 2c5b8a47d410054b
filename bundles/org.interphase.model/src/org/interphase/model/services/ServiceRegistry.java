package org.interphase.model.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The one lookup of OSGi services of a type for the whole workbench (importers, batch commands, circuit
 * elements, technique descriptors, UI contributions). Each type is followed by a {@link ServiceTracker} that
 * is opened on first use and stays open, so a lookup costs no registry query and sees plug-ins that come and
 * go (a tracker whose bundle stopped is replaced). Services come highest {@link Constants#SERVICE_RANKING} first, then in registration order. Outside a
 * running framework every lookup is empty.
 * <p>
 * {@link #unique} adds the duplicate check for services that carry an id: of several services with the same
 * id the first in that order is kept, and each one left out is logged as a warning (through
 * {@link System.Logger}, name {@code org.interphase.services}) naming its bundle and the bundle that won.
 */
public final class ServiceRegistry {

    private static final System.Logger LOG = System.getLogger("org.interphase.services");
    private static final Map<Class<?>, Tracked> TRACKERS = new ConcurrentHashMap<>();

    private ServiceRegistry() {
    }

    /** One registered service as {@link #select} sees it: the service, its bundle and its ranking. */
    public record Registration<T>(T service, String bundle, int ranking, long serviceId) {
    }

    /** Every registered {@code type} service, highest ranking first; empty outside a running framework. */
    public static <T> List<T> all(Class<T> type) {
        return registrations(type).stream().map(Registration::service).toList();
    }

    /**
     * Every registered {@code type} service, at most one per id ({@code id} gives a service's id): the first in
     * ranking order is kept; each other one is logged as a warning and left out.
     */
    public static <T> List<T> unique(Class<T> type, Function<? super T, String> id) {
        return select(registrations(type), id,
                warning -> LOG.log(System.Logger.Level.WARNING, type.getSimpleName() + ": " + warning));
    }

    /**
     * The duplicate check of {@link #unique} on a given list (already in ranking order), for callers that
     * merge their own services and for tests: keeps the first service of each id and passes one sentence per
     * service left out to {@code warnings}. A service whose id function throws or returns null is left out
     * too.
     */
    public static <T> List<T> select(List<Registration<T>> ranked, Function<? super T, String> id,
            Consumer<String> warnings) {
        Map<String, Registration<T>> kept = new LinkedHashMap<>();
        for (Registration<T> r : ranked) {
            String key;
            try {
                key = id.apply(r.service());
            } catch (RuntimeException e) {
                warnings.accept("a service of bundle " + r.bundle() + " is ignored: its id fails (" + e + ")");
                continue;
            }
            if (key == null) {
                warnings.accept("a service of bundle " + r.bundle() + " is ignored: it has no id");
                continue;
            }
            Registration<T> winner = kept.putIfAbsent(key, r);
            if (winner != null) {
                warnings.accept("id '" + key + "' of bundle " + r.bundle() + " (ranking " + r.ranking()
                        + ") is ignored: bundle " + winner.bundle() + " (ranking " + winner.ranking()
                        + ") registers the same id");
            }
        }
        return kept.values().stream().map(Registration::service).toList();
    }

    private static <T> List<Registration<T>> registrations(Class<T> type) {
        ServiceTracker<T, T> tracker = tracker(type);
        if (tracker == null) {
            return List.of();
        }
        ServiceReference<T>[] refs = tracker.getServiceReferences();
        if (refs == null) {
            return List.of();
        }
        List<ServiceReference<T>> sorted = new ArrayList<>(List.of(refs));
        sorted.sort(Comparator.<ServiceReference<T>>naturalOrder().reversed()); // highest ranking, then oldest
        List<Registration<T>> out = new ArrayList<>();
        for (ServiceReference<T> ref : sorted) {
            T service;
            try {
                service = tracker.getService(ref);
            } catch (IllegalStateException e) {
                continue; // the service went away meanwhile
            }
            if (service != null) {
                Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
                Object sid = ref.getProperty(Constants.SERVICE_ID);
                out.add(new Registration<>(service, ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(),
                        ranking instanceof Integer i ? i : 0, sid instanceof Long l ? l : 0));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> ServiceTracker<T, T> tracker(Class<T> type) {
        Tracked existing = TRACKERS.get(type);
        if (existing != null && existing.valid()) {
            return (ServiceTracker<T, T>) existing.tracker();
        }
        BundleContext context = context(type);
        if (context == null) {
            return null;
        }
        Tracked fresh = TRACKERS.compute(type, (t, old) -> {
            if (old != null && old.valid()) {
                return old;
            }
            ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
            tracker.open();
            return new Tracked(context, tracker);
        });
        return (ServiceTracker<T, T>) fresh.tracker();
    }

    /** A tracker and the context it listens with; invalid once that context's bundle stopped. */
    private record Tracked(BundleContext context, ServiceTracker<?, ?> tracker) {

        boolean valid() {
            try {
                context.getBundle();
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        }
    }

    /** The context of the bundle that defines {@code type} (it sees the type as its services do), else ours. */
    private static BundleContext context(Class<?> type) {
        for (Class<?> c : new Class<?>[] {type, ServiceRegistry.class}) {
            Bundle bundle = FrameworkUtil.getBundle(c);
            BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context != null) {
                return context;
            }
        }
        return null;
    }
}
