package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.model.Cell;
import org.interphase.model.DepthProfile;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.sims.api.ColumnMapping;
import org.interphase.sims.api.DelimitedProfiles;
import org.interphase.sims.ui.SimsEditorBody;
import org.interphase.sims.ui.internal.ColumnMappingPanel;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column-mapping panel and the editor opening a header-less CSV profile (not confidently guessed). */
class ColumnMappingTest {

    @TempDir
    Path dir;
    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 500);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void panelResplitsAndReturnsAConfirmedMapping() throws Exception {
        List<String> lines = List.of("# lab export", "t;Li+;S-", "0,0;10;5", "1,0;20;6", "2,0;30;7");
        ColumnMapping wrong = new ColumnMapping(',', false, 0, 0, ColumnMapping.Axis.TIME_S, List.of(1),
                List.of("column 2"), 0.3);
        ColumnMappingPanel panel = new ColumnMappingPanel(shell, lines, wrong);
        shell.open();
        panel.set(1, true, 2); // semicolon, decimal comma, two header rows
        assertEquals(3, panel.preview().getItemCount());
        assertEquals("Li+", panel.preview().getColumn(1).getText());
        assertEquals("0,0", panel.preview().getItem(0).getText(0));
        ColumnMapping m = panel.mapping();
        assertEquals(List.of("Li+", "S-"), m.signalNames());
        assertEquals(0, m.xColumn());
        assertEquals(1.0, m.confidence());
        while (display.readAndDispatch()) {
            // drain
        }
        Path png = Path.of("target", "sims-column-mapping.png");
        Files.createDirectories(png.getParent());
        Charts.savePng(shell, png);
    }

    @Test
    void editorAsksOnceAndKeepsTheMappingInTheModel() throws Exception {
        Path csv = dir.resolve("lab.csv");
        Files.writeString(csv, "0,5,7\n1,6,8\n2,7,9\n3,8,10\n4,6,11\n");
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        Resource r = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        Study study = f.createStudy();
        Cell cell = f.createCell();
        DepthProfile p = f.createDepthProfile();
        p.setName("lab csv");
        cell.getMeasurements().add(p);
        study.getCells().add(cell);
        r.getContents().add(study);
        List<ColumnMapping> asked = new ArrayList<>();
        SimsEditorBody body = new SimsEditorBody(shell, p, domain, Optional.of(csv), (name, lines, guess) -> {
            asked.add(guess);
            return Optional.of(new ColumnMapping(guess.delimiter(), false, 0, 0, ColumnMapping.Axis.TIME_S,
                    List.of(1, 2), List.of("Li+", "Cl-"), guess.confidence()));
        });
        assertEquals(1, asked.size(), "a header-less file is not confidently guessed");
        assertEquals(5, body.profile().orElseThrow().points());
        assertEquals(List.of("Li+", "Cl-"), body.profile().get().signals().stream().map(s -> s.label()).toList());
        String json = p.getMetadata().stream().filter(e -> e.getKey().equals(DelimitedProfiles.MAPPING_KEY))
                .findFirst().orElseThrow().getValue();
        assertEquals(1.0, DelimitedProfiles.fromJson(json).confidence(), "stored as confirmed");
        body.dispose();
        SimsEditorBody again = new SimsEditorBody(shell, p, domain, Optional.of(csv), (n, l, g) -> {
            throw new AssertionError("the stored mapping is used without asking");
        });
        assertTrue(again.profile().isPresent());
        again.dispose();
        domain.getCommandStack().undo();
        assertTrue(p.getMetadata().isEmpty(), "undo removes the stored mapping");
        SimsEditorBody cancelled = new SimsEditorBody(shell, p, domain, Optional.of(csv), (n, l, g) -> Optional.empty());
        assertTrue(cancelled.profile().isEmpty());
        assertTrue(cancelled.message().getText().contains("were not confirmed"), cancelled.message().getText());
    }
}
