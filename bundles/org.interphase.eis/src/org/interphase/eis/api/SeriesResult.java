package org.interphase.eis.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The result of a series fit: one {@link FitResult} per spectrum (in input order; missing at the end
 * when cancelled) and, for a joint fit, the shared parameters with their uncertainties from the joint
 * covariance. In a joint fit each spectrum's result is its local refit with the shared parameters held
 * at the joint values (they carry {@link FitFlag#FIXED} there; their uncertainty is in {@link #shared()}).
 *
 * @param circuit        the circuit text
 * @param labels         the spectra's labels, in input order
 * @param cycles         the spectra's cycle numbers (the 1-based position when a spectrum has none)
 * @param fits           the fits done, in input order
 * @param shared         shared parameters of a joint fit (empty otherwise)
 * @param jointChiSquare weighted chi-square of the joint fit (NaN without shared parameters)
 * @param cancelled      whether the series was cancelled before every spectrum was fitted
 * @param wallTimeNanos  wall time of the whole series
 * @param ordering       how interchangeable blocks were labelled after every fit, e.g. "p(R1,CPE1),
 *                       p(R2,CPE2) ordered by τ = (R·Q)^(1/α), smallest τ first" (empty when the circuit has
 *                       none); fits that were relabelled carry {@link FitFlag#REORDERED}
 */
public record SeriesResult(String circuit, List<String> labels, List<Integer> cycles, List<FitResult> fits,
        List<FittedParameter> shared, double jointChiSquare, boolean cancelled, long wallTimeNanos,
        String ordering) {

    public SeriesResult {
        labels = List.copyOf(labels);
        cycles = List.copyOf(cycles);
        fits = List.copyOf(fits);
        shared = List.copyOf(shared);
    }

    /** A shared parameter of the joint fit by name. */
    public Optional<FittedParameter> sharedParameter(String name) {
        return shared.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * One parameter along the series: rows of {cycle, value, standard error} for the fitted spectra (a
     * shared parameter has the joint value and error in every row).
     */
    public double[][] trend(String parameter) {
        Optional<FittedParameter> s = sharedParameter(parameter);
        double[][] rows = new double[fits.size()][];
        for (int i = 0; i < fits.size(); i++) {
            FittedParameter q = s.isPresent() ? s.get()
                    : fits.get(i).parameter(parameter).orElseThrow(
                            () -> new IllegalArgumentException("no parameter " + parameter + " in " + circuit));
            rows[i] = new double[] {cycles.get(i), q.value(), q.standardError()};
        }
        return rows;
    }

    /**
     * The table as CSV (comma-separated, '.' decimals, RFC 4180 quoting): label, cycle, then value and
     * standard error of every parameter, chi-square, pseudo-chi-square and flags.
     */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        List<String> names = fits.isEmpty() ? List.of() : fits.get(0).parameters().stream()
                .map(FittedParameter::name).toList();
        List<String> head = new ArrayList<>(List.of("label", "cycle"));
        for (String n : names) {
            String unit = fits.get(0).parameter(n).map(FittedParameter::unit).orElse("");
            String u = unit.isEmpty() ? "" : " [" + unit + "]";
            head.add(n + u);
            head.add("sigma " + n + u);
        }
        head.addAll(List.of("chi2", "pseudo-chi2", "flags"));
        b.append(String.join(",", head.stream().map(SeriesResult::quote).toList())).append('\n');
        for (int i = 0; i < fits.size(); i++) {
            FitResult r = fits.get(i);
            List<String> row = new ArrayList<>(List.of(quote(labels.get(i)), Integer.toString(cycles.get(i))));
            for (String n : names) {
                FittedParameter p = sharedParameter(n).orElseGet(() -> r.parameter(n).orElseThrow());
                row.add(num(p.value()));
                row.add(num(p.standardError()));
            }
            row.add(num(r.chiSquare()));
            row.add(num(r.pseudoChiSquare()));
            row.add(quote(String.join(" ", r.flags().stream().map(Enum::name).sorted().toList())));
            b.append(String.join(",", row)).append('\n');
        }
        return b.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    private static String quote(String s) {
        return org.interphase.core.api.CsvCells.cell(s);
    }
}
