package org.interphase.model.tests;

import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CellConfiguration;
import org.interphase.model.CycleState;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Material;
import org.interphase.model.MaterialClass;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.ResultSeries;
import org.interphase.model.Study;

/** Small studies for tests: a Li | Li6PS5Cl | Li symmetric cell with one fitted spectrum. */
final class TestStudies {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private TestStudies() {
    }

    static Study symmetricCell() {
        Study study = F.createStudy();
        study.setName("Symmetric test");
        Material li = material("Li metal", "Li", MaterialClass.METAL);
        Material lpscl = material("LPSCl", "Li6PS5Cl", MaterialClass.SULFIDE);
        study.getMaterials().add(li);
        study.getMaterials().add(lpscl);

        Cell cell = F.createCell();
        cell.setName("Li|LPSCl|Li #1");
        cell.setConfiguration(CellConfiguration.SYMMETRIC);
        cell.setAreaCm2(0.785);
        study.getCells().add(cell);
        Layer a = layer("Li", li, LayerRole.ANODE, 50);
        Layer se = layer("LPSCl", lpscl, LayerRole.SOLID_ELECTROLYTE, 500);
        cell.getLayers().add(a);
        cell.getLayers().add(se);
        Interface i = F.createInterface();
        i.setName("Li | LPSCl");
        i.setLower(a);
        i.setUpper(se);
        cell.getInterfaces().add(i);
        CycleState c0 = F.createCycleState();
        c0.setName("pristine");
        cell.getCycleStates().add(c0);

        ImpedanceSpectrum eis = F.createImpedanceSpectrum();
        eis.setName("PEIS -25C");
        eis.setInterface(i);
        eis.setCycleState(c0);
        eis.setPointCount(79);
        cell.getMeasurements().add(eis);
        AnalysisResult fit = F.createAnalysisResult();
        fit.setName("R0-p(R1,CPE1)-CPE2");
        fit.setAlgorithmId("eis.cnls");
        fit.getInputs().add("sha256:1b3025dca5e3a25bb84d16f1b7751746c7f90374399171cbe060370c609646a8");
        ResultParameter r1 = F.createResultParameter();
        r1.setName("R1");
        r1.setValue(1306.0);
        r1.setStandardError(8.7);
        r1.setUnit("Ohm");
        r1.setQuantity(QuantityKind.INTERFACIAL_RESISTANCE);
        r1.setInterface(i);
        fit.getParameters().add(r1);
        ResultSeries s = F.createResultSeries();
        s.setName("fit");
        s.setX(new double[] { 1e-1, 1.0, 1e7 });
        s.setY(new double[] { 3.0, 2.0, 1.0 });
        fit.getSeries().add(s);
        eis.getAnalyses().add(fit);
        return study;
    }

    private static Material material(String name, String formula, MaterialClass type) {
        Material m = F.createMaterial();
        m.setName(name);
        m.setFormula(formula);
        m.setMaterialClass(type);
        return m;
    }

    private static Layer layer(String name, Material m, LayerRole role, double um) {
        Layer l = F.createLayer();
        l.setName(name);
        l.setMaterial(m);
        l.setRole(role);
        l.setThicknessUm(um);
        return l;
    }
}
