package org.interphase.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.ResultFlag;
import org.interphase.model.ResultParameter;
import org.interphase.model.ResultSeries;
import org.interphase.model.util.QuantityKeys;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The rules every technique's result builder ({@code EisResults}, {@code XpsResults}, {@code SimsResults},
 * {@code TomoResults}) follows, in one place, so editor, batch, series and demo store the same thing:
 * <ul>
 * <li>algorithm version = the version of the bundle that holds the builder;</li>
 * <li>inputs {@code sha256:HASH} and the measurement's source URI ({@code file:} prefixed when relative);</li>
 * <li>every value linked to the measurement's Interface and CycleState, with its quantity key;</li>
 * <li>a value at a bound ({@link ResultFlag#AT_BOUND}) or stored with σ = 0 while free has an undefined σ and
 * interval ({@link ResultFlag#SIGMA_UNDEFINED}), never a measured ±0;</li>
 * <li>a finite σ without interval gets the normal 95 % interval.</li>
 * </ul>
 */
public final class Results {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private Results() {
    }

    /**
     * A new result (not yet added to {@code m}) of algorithm {@code algorithmId}, versioned by the bundle of
     * {@code builder}.
     *
     * @param settingsJson the typed settings of the run, serialised as JSON
     */
    public static AnalysisResult result(Measurement m, String algorithmId, Class<?> builder, String name,
            String settingsJson, Date createdAt) {
        AnalysisResult a = F.createAnalysisResult();
        a.setName(name);
        a.setAlgorithmId(algorithmId);
        a.setAlgorithmVersion(bundleVersion(builder));
        a.setSettings(settingsJson);
        a.setCreatedAt(createdAt);
        sha256(m).ifPresent(h -> a.getInputs().add("sha256:" + h));
        String uri = m.getSourceUri();
        if (uri != null && !uri.isBlank()) {
            a.getInputs().add(URI.createURI(uri).scheme() != null ? uri : "file:" + uri);
        }
        return a;
    }

    /**
     * The SHA-256 of the measurement's data: the one stamped at import, else the hash of its source file when
     * that is a readable local file (absolute, or relative to the study's file).
     */
    public static Optional<String> sha256(Measurement m) {
        if (m.getSha256() != null && !m.getSha256().isBlank()) {
            return Optional.of(m.getSha256());
        }
        String uri = m.getSourceUri();
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = URI.createURI(uri);
            if (u.isRelative() && m.eResource() != null && m.eResource().getURI() != null) {
                u = u.resolve(m.eResource().getURI());
            }
            Path file = u.isFile() ? Path.of(u.toFileString()) : Path.of(uri);
            return Files.isRegularFile(file) ? Optional.of(Hashes.sha256(file)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the input is then named by its file only
        }
    }

    /** The version of the bundle that holds {@code type} ("1.0.0.v2026..."), or "unknown" outside OSGi. */
    public static String bundleVersion(Class<?> type) {
        Bundle b = FrameworkUtil.getBundle(type);
        return b == null ? "unknown" : b.getVersion().toString();
    }

    /** Adds {@code v} to {@code a} as a parameter of measurement {@code m}; returns the parameter. */
    public static ResultParameter add(AnalysisResult a, Measurement m, ResultValue v) {
        ResultParameter p = parameter(m, v);
        a.getParameters().add(p);
        return p;
    }

    /** The parameter of value {@code v} measured on {@code m}, following the rules above. */
    public static ResultParameter parameter(Measurement m, ResultValue v) {
        ResultParameter p = F.createResultParameter();
        p.setName(v.name());
        p.setValue(v.value());
        p.setUnit(v.unit() == null ? "" : v.unit());
        p.setQuantity(v.kind());
        p.setFixed(v.fixed());
        Set<ResultFlag> flags = v.flags().isEmpty() ? EnumSet.noneOf(ResultFlag.class) : EnumSet.copyOf(v.flags());
        double sigma = v.standardError();
        double lo = v.lower95();
        double hi = v.upper95();
        if (!v.fixed() && (flags.contains(ResultFlag.AT_BOUND) || sigma == 0.0)) {
            sigma = Double.NaN;
            lo = Double.NaN;
            hi = Double.NaN;
            flags.add(ResultFlag.SIGMA_UNDEFINED);
        } else if (Double.isFinite(sigma) && Double.isNaN(lo) && Double.isNaN(hi)) {
            lo = v.value() - ResultValue.Z95 * sigma;
            hi = v.value() + ResultValue.Z95 * sigma;
        }
        p.setStandardError(sigma);
        p.setLower95(lo);
        p.setUpper95(hi);
        p.getFlags().addAll(flags);
        p.setInterface(m.getInterface());
        p.setCycleState(m.getCycleState());
        v.interphase().ifPresent(p::setInterphase);
        p.setQuantityKey(v.quantityKey().orElseGet(() -> QuantityKeys.derive(p)));
        return p;
    }

    /** A small curve stored with a result. */
    public static ResultSeries series(String name, String xLabel, String yLabel, double[] x, double[] y) {
        ResultSeries s = F.createResultSeries();
        s.setName(name);
        s.setXLabel(xLabel);
        s.setYLabel(yLabel);
        s.setX(x.clone());
        s.setY(y.clone());
        return s;
    }

    /** Adds run-level flags to {@code a} (each once). */
    public static void flag(AnalysisResult a, List<ResultFlag> flags) {
        for (ResultFlag f : flags) {
            if (!a.getFlags().contains(f)) {
                a.getFlags().add(f);
            }
        }
    }
}
