package org.interphase.xps.ui.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphasePackage;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;
import org.interphase.xps.api.ChargeCorrection;
import org.interphase.xps.api.EnergyScale;

/**
 * A charge correction as one undoable EMF command: {@link EnergyScale#apply(XpsSpectrum, ChargeCorrection)}
 * is run on a copy of the spectrum, and what it changed (regions' binding-energy ranges, the appended audit
 * record) is replayed on the real spectrum through Set and Add commands.
 */
public final class ChargeCommands {

    private ChargeCommands() {
    }

    /** The command applying {@code c} to {@code spectrum}. */
    public static Command apply(EditingDomain domain, XpsSpectrum spectrum, ChargeCorrection c) {
        XpsSpectrum copy = EcoreUtil.copy(spectrum);
        AnalysisResult audit = EnergyScale.apply(copy, c);
        copy.getAnalyses().remove(audit);
        CompoundCommand cc = new CompoundCommand(String.format(java.util.Locale.ROOT, "Charge correction %+.3f eV",
                c.shift()));
        for (int i = 0; i < spectrum.getRegions().size(); i++) {
            XpsRegion real = spectrum.getRegions().get(i);
            XpsRegion moved = copy.getRegions().get(i);
            cc.append(SetCommand.create(domain, real, InterphasePackage.Literals.XPS_REGION__BINDING_ENERGY_START_EV,
                    moved.getBindingEnergyStartEV()));
            cc.append(SetCommand.create(domain, real, InterphasePackage.Literals.XPS_REGION__BINDING_ENERGY_END_EV,
                    moved.getBindingEnergyEndEV()));
        }
        cc.append(AddCommand.create(domain, spectrum, InterphasePackage.Literals.MEASUREMENT__ANALYSES, audit));
        return cc;
    }

    /** The total shift recorded on the spectrum, eV (0 without corrections). */
    public static double totalShift(XpsSpectrum spectrum) {
        return EnergyScale.history(spectrum).stream().mapToDouble(ChargeCorrection::shift).sum();
    }
}
