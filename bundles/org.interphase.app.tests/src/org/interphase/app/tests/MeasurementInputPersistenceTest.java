package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.XMLMemento;
import org.interphase.app.demo.DemoProject;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.model.persistence.StudyStore;
import org.interphase.model.util.Measurements;
import org.interphase.ui.measurement.MeasurementEditorInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Technique editors come back after a restart: the input of an EIS, XPS, ToF-SIMS and tomography measurement of the
 * demo is written to a workbench memento (as XML text, as the workbench stores it), read back through the factory
 * registered with {@code org.eclipse.ui.elementFactories}, and resolved in a freshly loaded study (the restarted
 * Cell editor) to the same measurement.
 */
class MeasurementInputPersistenceTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void install() throws Exception {
        file = DemoProject.install(dir);
    }

    @Test
    void everyTechniqueInputIsSavedAndRestoredThroughTheRegisteredFactory() throws Exception {
        EditingDomain before = open();
        EditingDomain after = open(); // the Cell editor after the restart: a new resource set on the same file
        List<Measurement> measurements = study(before).getCells().get(0).getMeasurements();
        Set<String> techniques = measurements.stream().map(Measurements::technique).collect(Collectors.toSet());
        assertTrue(techniques.containsAll(Set.of("EIS", "XPS", "TOF_SIMS", "TOMOGRAPHY")), techniques.toString());
        for (Measurement m : measurements) {
            MeasurementEditorInput input = new MeasurementEditorInput(m, before);
            MeasurementEditorInput restored = roundTrip(input);
            assertFalse(restored.isResolved(), "nothing is loaded before the editor is created");
            assertEquals(input.getName(), restored.getName(), "the tab keeps its name before it is resolved");
            assertEquals(input, restored);

            Measurement again = restored.resolve(uri -> uri.equals(input.study()) ? Optional.of(after) : Optional.empty())
                    .orElseThrow(() -> new AssertionError(m.getName() + " not found after the restart"));
            assertNotSame(m, again, "resolved in the restarted study's resource set");
            assertSame(after, restored.domain(), "edits go through the restarted Cell editor's stack");
            assertEquals(m.eClass(), again.eClass());
            assertEquals(m.getName(), again.getName());
            assertEquals(m.getSourceUri(), again.getSourceUri());
            assertEquals(m.getSha256(), again.getSha256());
            assertEquals(m.eResource().getURIFragment(m), again.eResource().getURIFragment(again));
            assertSame(m, roundTrip(input).resolve(uri -> Optional.of(before)).orElseThrow(),
                    "in the same resource set the very same object");
        }
    }

    @Test
    void aMeasurementThatIsGoneIsSkippedQuietly() throws Exception {
        EditingDomain domain = open();
        Measurement doomed = study(domain).getCells().get(0).getMeasurements().stream()
                .filter(m -> "XPS".equals(Measurements.technique(m))).findFirst().orElseThrow();
        MeasurementEditorInput restored = roundTrip(new MeasurementEditorInput(doomed, domain));
        domain.getCommandStack().execute(DeleteCommand.create(domain, doomed));
        StudyStore.save(study(domain).eResource(), file);

        assertTrue(restored.resolve(uri -> Optional.of(open())).isEmpty(), "deleted measurement");
        assertFalse(restored.isResolved());
        assertTrue(roundTrip(restored).resolve(uri -> Optional.empty()).isEmpty(), "study not open anywhere");
    }

    private MeasurementEditorInput roundTrip(MeasurementEditorInput input) throws Exception {
        IPersistableElement persistable = input.getPersistable();
        assertNotNull(persistable, input.getName() + " is persistable");
        XMLMemento root = XMLMemento.createWriteRoot("editor");
        persistable.saveState(root.createChild("input"));
        StringWriter xml = new StringWriter();
        root.save(xml);
        XMLMemento read = XMLMemento.createReadRoot(new StringReader(xml.toString()));
        Object restored = factory(persistable.getFactoryId()).createElement(read.getChild("input"));
        assertTrue(restored instanceof MeasurementEditorInput, "factory returns an editor input: " + restored);
        return (MeasurementEditorInput) restored;
    }

    /** The factory as the workbench finds it: through the extension registry, by id. */
    private static IElementFactory factory(String id) throws Exception {
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.elementFactories")) {
            if (id.equals(e.getAttribute("id"))) {
                return (IElementFactory) e.createExecutableExtension("class");
            }
        }
        throw new AssertionError("no element factory registered as " + id);
    }

    private EditingDomain open() {
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        try {
            StudyStore.load(domain.getResourceSet(), file);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return domain;
    }

    private static Study study(EditingDomain domain) {
        return (Study) domain.getResourceSet().getResources().get(0).getContents().get(0);
    }
}
