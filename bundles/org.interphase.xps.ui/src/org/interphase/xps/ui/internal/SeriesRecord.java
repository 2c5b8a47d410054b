package org.interphase.xps.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.core.api.Hashes;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.XpsSpectrum;
import org.interphase.xps.api.ComponentResult;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.SeriesFitter;
import org.interphase.xps.api.Species;

import com.google.gson.GsonBuilder;

/**
 * The results of a series fit in the model: one {@link AnalysisResult} (algorithm {@value #ALGORITHM_ID}) per
 * spectrum of the series, on that spectrum, with one SPECIES_FRACTION parameter per component linked to the
 * spectrum's Interface and CycleState and to the Interface's existing Interphase of that species (none is
 * created), plus each component's position. Inputs are the hashes of every file of the series (the fit is
 * joint). All results are added by one undoable compound command.
 */
public final class SeriesRecord {

    /** Algorithm id. */
    public static final String ALGORITHM_ID = "xps.series-fit";
    /** Algorithm version. */
    public static final String ALGORITHM_VERSION = "1.0.0";

    private static final double Z95 = 1.959963984540054;

    private SeriesRecord() {
    }

    /** The command adding one result per member; {@code species} are the library species in component order. */
    public static Command command(EditingDomain domain, String coreLevel, List<SeriesCandidates.Candidate> members,
            List<Species> species, SeriesFitter.Result r) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (SeriesCandidates.Candidate c : members) {
            inputs.add("sha256:" + Hashes.sha256(c.file()) + " " + c.data().label());
        }
        String settings = settings(coreLevel, members, species, r);
        CompoundCommand cc = new CompoundCommand("XPS series fit " + coreLevel);
        for (int i = 0; i < members.size(); i++) {
            AnalysisResult a = build(coreLevel, members.get(i), species, r, i, inputs, settings);
            cc.append(AddCommand.create(domain, members.get(i).spectrum(),
                    InterphasePackage.Literals.MEASUREMENT__ANALYSES, a));
        }
        return cc;
    }

    static AnalysisResult build(String coreLevel, SeriesCandidates.Candidate c, List<Species> species,
            SeriesFitter.Result r, int i, List<String> inputs, String settings) {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        XpsSpectrum m = c.spectrum();
        FitResult fit = r.fits().get(i);
        AnalysisResult a = f.createAnalysisResult();
        a.setName("XPS series fit " + coreLevel + " (" + c.cycleName() + ")");
        a.setAlgorithmId(ALGORITHM_ID);
        a.setAlgorithmVersion(ALGORITHM_VERSION);
        a.setSettings(settings);
        a.getInputs().addAll(inputs);
        a.setCreatedAt(new Date());
        StringBuilder sum = new StringBuilder(String.format(Locale.ROOT,
                "%s, member %d of %d, joint reduced chi2 %.3f:", c.data().label(), i + 1, r.fits().size(),
                r.reducedChi2()));
        for (int k = 0; k < fit.components().size(); k++) {
            ComponentResult comp = fit.components().get(k);
            SeriesFitter.Fraction fr = r.fractions().get(i).get(k);
            sum.append(String.format(Locale.ROOT, " %s %.1f \u00b1 %.1f %%", comp.name(), fr.percent(), fr.error()));
            ResultParameter p = f.createResultParameter();
            p.setName(comp.name() + " fraction of " + coreLevel);
            p.setValue(fr.percent());
            p.setStandardError(fr.error());
            p.setLower95(Double.isFinite(fr.error()) ? fr.percent() - Z95 * fr.error() : Double.NaN);
            p.setUpper95(Double.isFinite(fr.error()) ? fr.percent() + Z95 * fr.error() : Double.NaN);
            p.setUnit("%");
            p.setQuantity(QuantityKind.SPECIES_FRACTION);
            p.setInterface(m.getInterface());
            p.setCycleState(m.getCycleState());
            Optional<String> label = k < species.size() ? Optional.of(species.get(k).label()) : Optional.empty();
            FitRecord.interphase(m.getInterface(), label).ifPresent(p::setInterphase);
            a.getParameters().add(p);
            ResultParameter pos = f.createResultParameter();
            pos.setName(comp.name() + " position");
            pos.setValue(comp.position());
            pos.setStandardError(comp.positionError());
            pos.setUnit("eV");
            pos.setQuantity(QuantityKind.OTHER);
            pos.setFixed(r.shared().contains(comp.name() + ".position"));
            pos.setInterface(m.getInterface());
            pos.setCycleState(m.getCycleState());
            a.getParameters().add(pos);
        }
        a.setSummary(sum.toString());
        return a;
    }

    private static String settings(String coreLevel, List<SeriesCandidates.Candidate> members, List<Species> species,
            SeriesFitter.Result r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("coreLevel", coreLevel);
        s.put("members", members.stream().map(c -> Map.of("spectrum", String.valueOf(c.spectrum().getName()),
                "region", c.data().label(), "cycle", c.cycleName())).toList());
        s.put("species", species.stream().map(Species::id).toList());
        s.put("shared", r.shared());
        s.put("background", "Shirley (iterative, held), end points averaged over 5 points");
        s.put("weighting", r.fits().get(0).options().weighting().name());
        s.put("jointChi2", r.chi2());
        s.put("jointDof", r.dof());
        return new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(s);
    }
}
