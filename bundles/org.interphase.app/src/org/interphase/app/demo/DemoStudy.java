package org.interphase.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.api.MeasurementImport;
import org.interphase.model.Cell;
import org.interphase.model.CellConfiguration;
import org.interphase.model.ChargeState;
import org.interphase.model.CycleState;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphaseKind;
import org.interphase.model.Interphase;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Material;
import org.interphase.model.MaterialClass;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyFormat;

/**
 * The demo study shipped with the product: a Li | Li6PS5Cl | NMC811 full cell (values from DOMAIN.md
 * with their sources in the notes), its two interfaces with the interphases the literature reports, four
 * cycle states and one or more real measurement files per technique (see {@code demo/data/README.md}), and
 * a second cell, a Li-ion stand-in with a real 130-cycle impedance series ({@link DemoSeries}).
 * The measurements are imported through the same path as a user's files ({@link MeasurementImport}).
 */
public final class DemoStudy {

    /** Relative location of the demo data inside the demo folder. */
    public static final String DATA = "data";

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private DemoStudy() {
    }

    /**
     * Builds the demo study. Measurement URIs are relative to {@code folder}; the SHA-256 of every data
     * file under {@code folder/data} is computed.
     */
    public static Study create(Path folder) throws IOException {
        Path data = folder.resolve(DATA);
        Study study = F.createStudy();
        study.setFormatVersion(StudyFormat.CURRENT_VERSION); // a new study is in the current format
        study.setName("Demo: Li | Li6PS5Cl | NMC811");
        study.setNotes("Illustrative study shipped with Interphase Workbench. The cell values come from the "
                + "reviews cited per item; the data files are real measurements from public repositories "
                + "(data/README.md) and come from different samples. The second cell is a Li-ion cell stand-in (AutoEIS "
                + "battery dataset), not a solid-state cell: 130 spectra over cycling, fitted as one series, so the "
                + "Interface Timeline shows a resistance growing over cycles.");

        Material li = material("Li metal", "Li", MaterialClass.METAL, 0, "[001 r68]: 3860 mAh/g, 0.534 g/cm3");
        Material lpscl = material("Li6PS5Cl argyrodite", "Li6PS5Cl", MaterialClass.SULFIDE, 1.9e-3,
                "[001 r13, r14]: 1.9 mS/cm at room temperature");
        lpscl.setPhase("argyrodite");
        Material nmc = material("NMC811 composite", "LiNi0.8Mn0.1Co0.1O2 + Li6PS5Cl", MaterialClass.LAYERED_OXIDE, 0,
                "[002 r42]: NMC811 >200 mAh/g at 3.8 V; ~70 wt% CAM in sulfide composites [002 r43]");
        study.getMaterials().add(li);
        study.getMaterials().add(lpscl);
        study.getMaterials().add(nmc);

        Cell cell = F.createCell();
        cell.setName("Li | Li6PS5Cl | NMC811 #1");
        cell.setConfiguration(CellConfiguration.FULL_CELL);
        cell.setAreaCm2(1.0);
        cell.setStackPressureMPa(5);
        cell.setFabricationPressureMPa(375);
        cell.setTemperatureC(25);
        cell.setNotes("Pressurised lab cell, ~1 cm2 [002]; fabrication 300-400 MPa [000 r8, r107]; stack pressure "
                + "<= 5 MPa preferred for long cycling [000].");
        study.getCells().add(cell);

        Layer anode = layer("Li foil", li, LayerRole.ANODE, 200, 0, 0, "Foils are usually >200 um [002].");
        Layer separator = layer("Li6PS5Cl separator", lpscl, LayerRole.SOLID_ELECTROLYTE, 500, 0, 0.15,
                "Cold-pressed lab pellet ~500 um [002].");
        Layer cathode = layer("NMC811 composite cathode", nmc, LayerRole.CATHODE_COMPOSITE, 97, 20, 0.2,
                "Dry-processed NMC sheet 97 um, 85 wt% CAM [002 r53].");
        cell.getLayers().add(anode);
        cell.getLayers().add(separator);
        cell.getLayers().add(cathode);

        Interface anodeSide = iface("Li | Li6PS5Cl", anode, separator);
        anodeSide.getInterphases().add(interphase("Li2S", InterphaseKind.STABLE, "[000 r127, r128, r151]"));
        anodeSide.getInterphases().add(interphase("Li3P", InterphaseKind.STABLE, "[000 r127, r128]"));
        anodeSide.getInterphases().add(interphase("LiCl", InterphaseKind.STABLE, "[000 r127, r128]"));
        Interface cathodeSide = iface("Li6PS5Cl | NMC811", separator, cathode);
        cathodeSide.getInterphases().add(interphase("Ni3(PO4)2", InterphaseKind.MIXED_CONDUCTING, "ToF-SIMS [000 r192, r198]"));
        cathodeSide.getInterphases().add(interphase("NiSO4", InterphaseKind.MIXED_CONDUCTING, "ToF-SIMS [000 r192, r198]"));
        cathodeSide.getInterphases().add(interphase("S", InterphaseKind.UNKNOWN, "oxidation from 3.8 V [003 r168]"));
        cell.getInterfaces().add(anodeSide);
        cell.getInterfaces().add(cathodeSide);

        CycleState pristine = cycle("Pristine", 0, ChargeState.PRISTINE, 0, 0, 2.6);
        CycleState first = cycle("Cycle 1, charged", 1, ChargeState.CHARGED, 1.0, 12, 4.3);
        CycleState tenth = cycle("Cycle 10, discharged", 10, ChargeState.DISCHARGED, 0.0, 200, 3.0);
        CycleState fiftieth = cycle("Cycle 50, discharged", 50, ChargeState.DISCHARGED, 0.0, 1000, 3.0);
        cell.getCycleStates().add(pristine);
        cell.getCycleStates().add(first);
        cell.getCycleStates().add(tenth);
        cell.getCycleStates().add(fiftieth);

        importMeasurements(cell, data);
        DemoSeries.addCell(study, data);
        return study;
    }

    /** One demo file: where it is under {@code data/}, the name shown, the interface and cycle it probes. */
    private record DemoFile(String path, String name, String interfaceName, int cycle) {
    }

    /**
     * The measurements come in through the import path every user file takes ({@link MeasurementImport}): the
     * importers read points, frequencies, regions, sizes and provenance from the files themselves; the demo adds
     * only what a user would type (names, the interface and cycle each file probes, the EIS temperature).
     */
    private static void importMeasurements(Cell cell, Path data) throws IOException {
        List<DemoFile> files = List.of(
                new DemoFile("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt", "PEIS -25 °C (EC-Lab text)",
                        "Li | Li6PS5Cl", 0),
                new DemoFile("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr", "PEIS -25 °C (EC-Lab binary)",
                        "Li | Li6PS5Cl", 0),
                new DemoFile("eis/hybriddrt_EISGALV_EISTest3.DTA", "GEIS (Gamry)", "Li6PS5Cl | NMC811", 10),
                new DemoFile("xps/mm-specs.xy", "P 2p (SpecsLab2)", "Li | Li6PS5Cl", 1),
                new DemoFile("xps/mjr9_59c.vms", "Survey and core levels (Kratos Axis)", "Li | Li6PS5Cl", 10),
                new DemoFile("sims/I241209p_A_MAPI_1f-1nA_neg-B4_NF.txt", "Negative-ion depth profile",
                        "Li6PS5Cl | NMC811", 50),
                new DemoFile("tomo/cell_vol", "XCT slices 59-66", "Li | Li6PS5Cl", 50));
        List<MeasurementImport.Request> requests = new ArrayList<>();
        for (DemoFile f : files) {
            requests.add(new MeasurementImport.Request(data.resolve(f.path()), null, f.interfaceName(), f.cycle()));
        }
        List<MeasurementImport.FileResult> results = MeasurementImport.read(requests, MeasurementImport.Storage.LINK,
                null, MeasurementImport.Progress.NONE);
        for (int i = 0; i < files.size(); i++) {
            MeasurementImport.FileResult r = results.get(i);
            if (!r.ok()) {
                throw new IOException("demo file " + files.get(i).path() + ": " + r.error());
            }
            for (Measurement m : r.measurements()) {
                // relative to the study, so the demo folder can move with its data
                m.setSourceUri(DATA + "/" + files.get(i).path());
                m.setName(files.get(i).name());
                if (m instanceof ImpedanceSpectrum eis && files.get(i).path().contains("-25C")) {
                    eis.setTemperatureC(-25);
                }
            }
        }
        MeasurementImport.command(cell, requests, results).execute();
    }

    private static Material material(String name, String formula, MaterialClass type, double sigma, String source) {
        Material m = F.createMaterial();
        m.setName(name);
        m.setFormula(formula);
        m.setMaterialClass(type);
        m.setIonicConductivitySPerCm(sigma);
        m.setSource(source);
        return m;
    }

    private static Layer layer(String name, Material material, LayerRole role, double um, double loading,
            double porosity, String notes) {
        Layer l = F.createLayer();
        l.setName(name);
        l.setMaterial(material);
        l.setRole(role);
        l.setThicknessUm(um);
        l.setLoadingMgCm2(loading);
        l.setPorosity(porosity);
        l.setNotes(notes);
        return l;
    }

    private static Interface iface(String name, Layer lower, Layer upper) {
        Interface i = F.createInterface();
        i.setName(name);
        i.setLower(lower);
        i.setUpper(upper);
        return i;
    }

    private static Interphase interphase(String species, InterphaseKind kind, String source) {
        Interphase i = F.createInterphase();
        i.setName(species);
        i.setSpecies(species);
        i.setKind(kind);
        i.setNotes(source);
        return i;
    }

    private static CycleState cycle(String name, int n, ChargeState state, double soc, double hours, double volts) {
        CycleState c = F.createCycleState();
        c.setName(name);
        c.setCycleNumber(n);
        c.setChargeState(state);
        c.setStateOfCharge(soc);
        c.setTimeHours(hours);
        c.setVoltageV(volts);
        return c;
    }
}
