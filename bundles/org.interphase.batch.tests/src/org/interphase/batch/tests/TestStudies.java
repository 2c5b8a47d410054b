package org.interphase.batch.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CellConfiguration;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Material;
import org.interphase.model.MaterialClass;
import org.interphase.model.Measurement;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SharedData;

/**
 * A study shaped like the workbench's demo (org.interphase.app's DemoStudy, which the batch tests cannot depend
 * on): one Li | Li6PS5Cl | NMC811 cell with 3 layers, 2 interfaces with interphases, 4 cycle states and 7
 * measurements of the shared files, one of them with an analysis result.
 */
final class TestStudies {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private TestStudies() {
    }

    static Study demoLike() {
        Study study = F.createStudy();
        study.setName("Demo: Li | Li6PS5Cl | NMC811");
        Material li = material("Li metal", "Li", MaterialClass.METAL);
        Material lpscl = material("Li6PS5Cl argyrodite", "Li6PS5Cl", MaterialClass.SULFIDE);
        Material nmc = material("NMC811 composite", "LiNi0.8Mn0.1Co0.1O2", MaterialClass.LAYERED_OXIDE);
        study.getMaterials().add(li);
        study.getMaterials().add(lpscl);
        study.getMaterials().add(nmc);
        Cell cell = F.createCell();
        cell.setName("Li | Li6PS5Cl | NMC811 #1");
        cell.setConfiguration(CellConfiguration.FULL_CELL);
        cell.setAreaCm2(1.0);
        cell.setStackPressureMPa(5);
        study.getCells().add(cell);
        Layer anode = layer("Li foil", li, LayerRole.ANODE, 200);
        Layer separator = layer("Li6PS5Cl separator", lpscl, LayerRole.SOLID_ELECTROLYTE, 500);
        Layer cathode = layer("NMC811 composite cathode", nmc, LayerRole.CATHODE_COMPOSITE, 97);
        cell.getLayers().add(anode);
        cell.getLayers().add(separator);
        cell.getLayers().add(cathode);
        Interface anodeSide = iface("Li | Li6PS5Cl", anode, separator, "Li2S", "Li3P", "LiCl");
        Interface cathodeSide = iface("Li6PS5Cl | NMC811", separator, cathode, "NiSO4");
        cell.getInterfaces().add(anodeSide);
        cell.getInterfaces().add(cathodeSide);
        CycleState pristine = cycle("Pristine", 0);
        CycleState first = cycle("Cycle 1, charged", 1);
        CycleState tenth = cycle("Cycle 10, discharged", 10);
        CycleState fiftieth = cycle("Cycle 50, discharged", 50);
        cell.getCycleStates().add(pristine);
        cell.getCycleStates().add(first);
        cell.getCycleStates().add(tenth);
        cell.getCycleStates().add(fiftieth);

        Measurement peis = measurement(F.createImpedanceSpectrum(), "PEIS -25 °C (EC-Lab text)",
                "eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt", anodeSide, pristine);
        AnalysisResult fit = F.createAnalysisResult();
        fit.setName("CNLS fit");
        fit.setAlgorithmId("eis.cnls");
        fit.setAlgorithmVersion("1.0.0");
        fit.setCreatedAt(new Date(0));
        ResultParameter r1 = F.createResultParameter();
        r1.setName("R1");
        r1.setValue(1284.0);
        r1.setInterface(anodeSide);
        r1.setCycleState(pristine);
        fit.getParameters().add(r1);
        peis.getAnalyses().add(fit);
        cell.getMeasurements().add(peis);
        cell.getMeasurements().add(measurement(F.createImpedanceSpectrum(), "PEIS -25 °C (EC-Lab binary)",
                "eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr", anodeSide, pristine));
        cell.getMeasurements().add(measurement(F.createImpedanceSpectrum(), "GEIS (Gamry)",
                "eis/hybriddrt_EISGALV_EISTest3.DTA", cathodeSide, tenth));
        cell.getMeasurements().add(measurement(F.createXpsSpectrum(), "P 2p (SpecsLab2)", "xps/specs/mm-specs.xy",
                anodeSide, first));
        cell.getMeasurements().add(measurement(F.createXpsSpectrum(), "Kratos Axis", "xps/vamas/mjr9_59c.vms",
                anodeSide, tenth));
        cell.getMeasurements().add(measurement(F.createDepthProfile(), "Negative-ion depth profile",
                "sims/iontof_depth_profiles/I241209p_A_MAPI_1f-1nA_neg-B4_NF.txt", cathodeSide, fiftieth));
        cell.getMeasurements().add(measurement(F.createTomographyVolume(), "XCT slices",
                "tomo/ucl_cylindrical_cell/cell_vol", anodeSide, fiftieth));
        return study;
    }

    /** Saves {@code study} to {@code file} and returns the file. */
    static Path save(Study study, Path file) throws IOException {
        StudyStore.save(study, file);
        return file;
    }

    /**
     * Whether {@code after} equals {@code before} once the measurements that {@code after}'s first cell has beyond
     * {@code before}'s are removed (they must be the last ones: nothing before them changed place). Changes
     * {@code after}.
     */
    static boolean equalExceptAddedMeasurements(Study before, Study after) {
        java.util.List<Measurement> ms = after.getCells().get(0).getMeasurements();
        int keep = before.getCells().get(0).getMeasurements().size();
        for (Measurement m : java.util.List.copyOf(ms.subList(keep, ms.size()))) {
            EcoreUtil.delete(m, true);
        }
        return EcoreUtil.equals(before, after);
    }

    private static Material material(String name, String formula, MaterialClass kind) {
        Material m = F.createMaterial();
        m.setName(name);
        m.setFormula(formula);
        m.setMaterialClass(kind);
        return m;
    }

    private static Layer layer(String name, Material material, LayerRole role, double um) {
        Layer l = F.createLayer();
        l.setName(name);
        l.setMaterial(material);
        l.setRole(role);
        l.setThicknessUm(um);
        return l;
    }

    private static Interface iface(String name, Layer lower, Layer upper, String... species) {
        Interface i = F.createInterface();
        i.setName(name);
        i.setLower(lower);
        i.setUpper(upper);
        for (String s : species) {
            org.interphase.model.Interphase p = F.createInterphase();
            p.setSpecies(s);
            i.getInterphases().add(p);
        }
        return i;
    }

    private static CycleState cycle(String name, int number) {
        CycleState c = F.createCycleState();
        c.setName(name);
        c.setCycleNumber(number);
        return c;
    }

    private static Measurement measurement(Measurement m, String name, String file, Interface iface, CycleState state) {
        m.setName(name);
        m.setSourceUri(SharedData.root().resolve(file).toUri().toString());
        m.setInterface(iface);
        m.setCycleState(state);
        return m;
    }
}
