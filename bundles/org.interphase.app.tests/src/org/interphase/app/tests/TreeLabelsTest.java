package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.interphase.app.demo.DemoProject;
import org.interphase.app.editor.StudyTree;
import org.interphase.model.CycleState;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.model.persistence.StudyStore;
import org.interphase.ui.emf.ItemProviderContentProvider;
import org.interphase.ui.emf.ItemProviderLabelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Cell editor's tree of the demo study reads in words, not in model names. */
class TreeLabelsTest {

    private static final Set<String> ACRONYMS = Set.of("XPS", "EIS", "SIMS", "ToF-SIMS", "SOC", "SEI", "NMC811",
            "LPSCl", "NCM", "LLZO", "LFP", "#1");

    @TempDir
    Path dir;

    @Test
    void everyTreeLabelOfTheDemoIsHuman() throws Exception {
        Study study = StudyStore.load(DemoProject.install(dir));
        ComposedAdapterFactory factory = StudyEditing.newAdapterFactory();
        ITreeContentProvider content = StudyTree.content(new ItemProviderContentProvider(factory));
        ILabelProvider labels = StudyTree.labels(new ItemProviderLabelProvider(factory));
        List<String> all = new ArrayList<>();
        walk(content, labels, new Object[] {study}, all);
        assertTrue(all.size() > 10, "walked " + all);
        List<String> machineNames = new ArrayList<>();
        for (var classifier : InterphasePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum e) {
                e.getELiterals().stream().map(l -> l.getName()).filter(n -> !ACRONYMS.contains(n))
                        .forEach(machineNames::add);
            } else if (classifier instanceof EClass c && c.getName().matches(".*[a-z][A-Z].*")) {
                machineNames.add(c.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ")); // "Xps Spectrum"
            }
        }
        for (String label : all) {
            for (String name : machineNames) {
                assertFalse(label.matches("(?s).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*"),
                        "'" + name + "' in " + label);
            }
        }
        CycleState first = study.getCells().get(0).getCycleStates().get(0);
        assertEquals(first.getName() + " (cycle " + first.getCycleNumber() + ")", labels.getText(first));
        assertTrue(all.stream().anyMatch(l -> l.matches(".* \\(cycle \\d+\\)")), all.toString());
        labels.dispose();
    }

    /** A mixed SIMS + tomography selection gets a menu line that says why no analysis is offered. */
    @Test
    void mixedSelectionSaysNoAnalysisApplies() {
        var f = org.interphase.model.InterphaseFactory.eINSTANCE;
        var sims = f.createDepthProfile();
        var tomo = f.createTomographyVolume();
        assertEquals("No analysis across ToF-SIMS + Tomography measurements: select one technique",
                org.interphase.app.editor.StudyTreeActions.noAnalysis(List.of(sims, tomo)));
        assertTrue(org.interphase.ui.measurement.MeasurementSeries.applicableTo(List.of(sims, tomo)).isEmpty());
    }

    /** Every feature label of the form and the Properties view is words with its unit, no camel humps. */
    @Test
    void everyFeatureLabelIsWords() {
        for (var classifier : InterphasePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c) {
                for (var f : c.getEStructuralFeatures()) {
                    String label = org.interphase.ui.emf.FeatureLabels.label(f).replaceAll(" \\(.*\\)$", "");
                    assertFalse(label.matches(".*[a-z][A-Z].*|.*[A-Za-z]\\d+\\b.*"),
                            c.getName() + "." + f.getName() + " -> " + label);
                }
            }
        }
        assertEquals("Lower 95 % bound", org.interphase.ui.emf.FeatureLabels
                .label(InterphasePackage.Literals.RESULT_PARAMETER__LOWER95));
        assertEquals("Voxel size z (µm)", org.interphase.ui.emf.FeatureLabels
                .label(InterphasePackage.Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_ZUM));
        assertEquals("Source URI", org.interphase.ui.emf.FeatureLabels
                .label(InterphasePackage.Literals.MEASUREMENT__SOURCE_URI));
    }

    private static void walk(ITreeContentProvider content, ILabelProvider labels, Object[] nodes, List<String> out) {
        for (Object node : nodes) {
            out.add(labels.getText(node));
            if (node instanceof EObject || content.hasChildren(node)) {
                walk(content, labels, content.getChildren(node), out);
            }
        }
    }
}
