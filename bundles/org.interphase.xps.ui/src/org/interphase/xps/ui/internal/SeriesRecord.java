package org.interphase.xps.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.core.api.Hashes;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphasePackage;
import org.interphase.xps.api.SeriesFitter;
import org.interphase.xps.api.Species;
import org.interphase.xps.api.XpsResults;

import com.google.gson.GsonBuilder;

/**
 * The results of a series fit in the model, built by {@link XpsResults#seriesMember}: one {@link AnalysisResult}
 * (algorithm {@value #ALGORITHM_ID}) per spectrum of the series, on that spectrum, with one SPECIES_FRACTION parameter per component linked to the
 * spectrum's Interface and CycleState and to the Interface's existing Interphase of that species (none is
 * created), plus each component's position. Inputs are the hashes of every file of the series (the fit is
 * joint). All results are added by one undoable compound command.
 */
public final class SeriesRecord {

    /** Algorithm id. */
    public static final String ALGORITHM_ID = XpsResults.SERIES_FIT;

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
        List<Optional<String>> labels = species.stream().map(sp -> Optional.of(sp.label())).toList();
        return XpsResults.seriesMember(c.spectrum(), coreLevel, c.cycleName(), r, i, labels, inputs, settings,
                new Date());
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
