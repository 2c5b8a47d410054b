package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.app.demo.DemoProject;
import org.interphase.app.editor.StackSchematic;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.Layer;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cell editor's layer stack drawing on every cell of the demo study: the texts it draws (measured boxes, as
 * LogAxesTest measures tick labels) never overlap and stay inside the drawing, and every layer's thickness and every
 * interface's full name are drawn. Sizes: the schematic's share of the 1366 × 768 editor area (430 × 321 px, where
 * "Li6PS5Cl | NMC811" overlapped "97 µm"), narrower and taller ones.
 */
class StackLabelsTest {

    @TempDir
    static Path dir;

    private static Study study;

    @BeforeAll
    static void load() throws Exception {
        study = StudyStore.load(DemoProject.install(dir));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({ "430, 321", "600, 700", "430, 200" })
    void labelsNeverOverlap(int width, int height) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        try {
            Rectangle trim = shell.computeTrim(0, 0, width, height);
            shell.setSize(trim.width, trim.height);
            StackSchematic schematic = new StackSchematic(shell);
            shell.open();
            SwtDriver driver = new SwtDriver(display);
            List<String> problems = new ArrayList<>();
            for (Cell cell : study.getCells()) {
                if (cell.getLayers().isEmpty()) {
                    continue;
                }
                int before = schematic.paintCount();
                schematic.show(cell, cell);
                assertTrue(driver.waitUntil(() -> schematic.paintCount() > before, 5_000), "schematic painted");
                driver.settle(shell, 100);
                if (cell == study.getCells().get(0)) {
                    Charts.savePng(shell, Path.of("target", "screenshots", "stack-" + width + "x" + height + ".png")
                            .toAbsolutePath());
                }
                problems.addAll(problems(cell, schematic));
            }
            System.out.println("Stack drawing at " + width + "x" + height + ": " + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }

    static List<String> problems(Cell cell, StackSchematic schematic) {
        List<String> problems = new ArrayList<>();
        List<StackSchematic.DrawnText> texts = schematic.texts();
        Point size = schematic.getSize();
        Rectangle area = new Rectangle(0, 0, size.x, size.y);
        for (int i = 0; i < texts.size(); i++) {
            StackSchematic.DrawnText a = texts.get(i);
            if (!area.contains(a.box().x, a.box().y)
                    || !area.contains(a.box().x + a.box().width - 1, a.box().y + a.box().height - 1)) {
                problems.add(cell.getName() + ": '" + a.text() + "' " + a.box() + " outside the drawing " + area);
            }
            for (int j = i + 1; j < texts.size(); j++) {
                StackSchematic.DrawnText b = texts.get(j);
                if (a.box().intersects(b.box())) {
                    problems.add(cell.getName() + ": '" + a.text() + "' " + a.box() + " overlaps '" + b.text() + "' " + b.box());
                }
            }
        }
        String all = String.join("\n", texts.stream().map(StackSchematic.DrawnText::text).toList());
        for (Layer l : cell.getLayers()) {
            if (!all.contains(l.getName())) {
                problems.add(cell.getName() + ": layer '" + l.getName() + "' not labelled");
            }
        }
        for (Interface i : cell.getInterfaces()) {
            if (!all.contains(i.getName())) {
                problems.add(cell.getName() + ": interface '" + i.getName() + "' not labelled");
            }
        }
        return problems;
    }
}
