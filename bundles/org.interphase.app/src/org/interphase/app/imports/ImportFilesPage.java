package org.interphase.app.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.interphase.core.api.FileNameRules;
import org.interphase.core.api.ImportCandidate;
import org.interphase.core.api.Importer;
import org.interphase.core.api.MeasurementImport;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;

/**
 * The import wizard's page: the files with detected technique, format, size and confidence; the target cell; for
 * the selected rows the format (importer override), interface and cycle state; "Propose from file names"; copy or
 * link. Nothing touches the study until Finish.
 */
public final class ImportFilesPage extends WizardPage {

    private final ImportTarget target;
    private final ImportRows detection;
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<Path> initialFiles;
    private TableViewer table;
    private Combo cellCombo;
    private Combo formatCombo;
    private Combo interfaceCombo;
    private Combo cycleCombo;
    private Button copy;
    private final List<Importer> formatChoices = new ArrayList<>();
    private boolean updating;

    ImportFilesPage(ImportTarget target, ImportRows detection, List<Path> files) {
        super("files");
        this.target = target;
        this.detection = detection;
        this.initialFiles = List.copyOf(files);
        setTitle("Import measurements");
        setDescription("Check what was detected, assign interface and cycle state, then Finish (one undoable step).");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        Composite top = row(c, 4);
        new Label(top, SWT.NONE).setText("Target cell:");
        cellCombo = new Combo(top, SWT.READ_ONLY);
        GridData cellData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        cellData.widthHint = 260;
        cellCombo.setLayoutData(cellData);
        if (target != null && target.study() != null) {
            target.study().getCells().forEach(cell -> cellCombo.add(cell.getName()));
            cellCombo.select(Math.max(0, target.study().getCells().indexOf(target.cell())));
        }
        cellCombo.addListener(SWT.Selection, e -> cellChanged());
        button(top, "Add &Files...", this::addFiles);
        button(top, "Add F&older...", this::addFolder);

        table = new TableViewer(c, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 220;
        tableData.widthHint = 890; // all columns visible, also inside File > Import's selection dialog
        table.getTable().setLayoutData(tableData);
        column("File", 215, r -> r.file().getFileName().toString());
        column("Technique", 80, ImportRow::technique);
        column("Format", 200, ImportRow::format);
        column("Size", 100, ImportRow::size);
        column("Conf.", 50, r -> r.importer() == null ? "" : String.format(Locale.ROOT, "%.2f", r.confidence()));
        column("Interface", 135, r -> r.interfaceName() == null ? "" : r.interfaceName());
        column("Cycle", 110, r -> r.cycle() == null ? "" : r.cycle() + (r.cycleProposed() ? " (from name)" : ""));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(rows);
        table.addSelectionChangedListener(e -> selectionChanged());

        Group selection = new Group(c, SWT.NONE);
        selection.setText("For the selected files");
        selection.setLayout(new GridLayout(6, false));
        selection.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(selection, SWT.NONE).setText("Format:");
        formatCombo = new Combo(selection, SWT.READ_ONLY);
        formatCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        formatCombo.addListener(SWT.Selection, e -> formatChosen());
        new Label(selection, SWT.NONE).setText("Interface:");
        interfaceCombo = new Combo(selection, SWT.READ_ONLY);
        interfaceCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        interfaceCombo.addListener(SWT.Selection, e -> interfaceChosen());
        new Label(selection, SWT.NONE).setText("Cycle:");
        cycleCombo = new Combo(selection, SWT.DROP_DOWN);
        cycleCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cycleCombo.setToolTipText("Choose a cycle state or type a cycle number (a missing cycle state is created)");
        cycleCombo.addListener(SWT.Modify, e -> cycleChosen());

        Composite bottom = row(c, 5);
        button(bottom, "&Propose from file names", this::proposeFromNames);
        button(bottom, "&Remove", this::removeSelected);
        new Label(bottom, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        copy = new Button(bottom, SWT.RADIO);
        copy.setText("&Copy into the study's project (data/)");
        copy.setSelection(target != null && target.copyDir() != null);
        copy.setEnabled(target != null && target.copyDir() != null);
        Button link = new Button(bottom, SWT.RADIO);
        link.setText("&Link to the files where they are");
        link.setSelection(!copy.getSelection());
        Label note = new Label(c, SWT.WRAP);
        note.setText("Either way the SHA-256 of every file is recorded with its measurement.");
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        setControl(c);
        cellChanged();
        addPaths(initialFiles);
        if (!rows.isEmpty()) {
            table.getTable().selectAll();
            selectionChanged();
        }
        validate();
    }

    /** Adds files or folders to the table (folders read as a whole or expanded), preset to the target's links. */
    public void addPaths(List<Path> paths) {
        for (ImportRow r : detection.expand(paths)) {
            if (rows.stream().noneMatch(x -> x.file().equals(r.file()))) {
                if (target != null && target.iface() != null && target.iface().eContainer() == cell()) {
                    r.setInterfaceName(target.iface().getName());
                }
                if (target != null && target.cycleState() != null && target.cycleState().eContainer() == cell()) {
                    r.setCycle(target.cycleState().getCycleNumber());
                }
                rows.add(r);
            }
        }
        refresh();
    }

    /** Fills the cycle of every row (or of the selected rows) whose file name suggests one; shown, not yet applied. */
    public void proposeFromNames() {
        List<ImportRow> scope = selectedRows().isEmpty() ? rows : selectedRows();
        for (ImportRow r : scope) {
            FileNameRules.Proposal p = FileNameRules.propose(r.file().getFileName().toString());
            if (p.cycleNumber().isPresent()) {
                r.proposeCycle(p.cycleNumber().getAsInt());
            }
        }
        refresh();
    }

    /** The rows in table order. */
    public List<ImportRow> rows() {
        return rows;
    }

    /** The chosen cell. */
    public Cell cell() {
        if (target == null || target.study() == null || cellCombo.getSelectionIndex() < 0) {
            return null;
        }
        return target.study().getCells().get(cellCombo.getSelectionIndex());
    }

    /** Copy (true) or link. */
    public MeasurementImport.Storage storage() {
        return copy.getSelection() ? MeasurementImport.Storage.COPY : MeasurementImport.Storage.LINK;
    }

    /** Selects rows (for tests and after adding files). */
    public void select(List<ImportRow> selected) {
        table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(selected), true);
        selectionChanged();
    }

    /** The per-selection controls: "format", "interface" or "cycle" (for tests). */
    public Combo combo(String which) {
        return switch (which) {
            case "format" -> formatCombo;
            case "interface" -> interfaceCombo;
            case "cycle" -> cycleCombo;
            case "cell" -> cellCombo;
            default -> throw new IllegalArgumentException(which);
        };
    }

    /** The table (for tests and screenshots). */
    public TableViewer table() {
        return table;
    }

    private List<ImportRow> selectedRows() {
        return table.getStructuredSelection().toList().stream().map(ImportRow.class::cast).toList();
    }

    private void cellChanged() {
        Cell cell = cell();
        updating = true;
        interfaceCombo.removeAll();
        interfaceCombo.add("(none)");
        cycleCombo.removeAll();
        cycleCombo.add("(none)");
        if (cell != null) {
            cell.getInterfaces().forEach(i -> interfaceCombo.add(i.getName()));
            cell.getCycleStates().forEach(s -> cycleCombo.add(s.getCycleNumber() + " " + s.getName()));
            for (ImportRow r : rows) {
                if (r.interfaceName() != null
                        && cell.getInterfaces().stream().noneMatch(i -> i.getName().equals(r.interfaceName()))) {
                    r.setInterfaceName(null);
                }
            }
        }
        updating = false;
        refresh();
        selectionChanged();
    }

    private void selectionChanged() {
        List<ImportRow> selected = selectedRows();
        updating = true;
        formatCombo.removeAll();
        formatChoices.clear();
        if (selected.size() == 1) {
            ImportRow r = selected.get(0);
            for (ImportCandidate cand : r.candidates()) {
                formatChoices.add(cand.importer());
                formatCombo.add(cand.importer().name() + String.format(Locale.ROOT, "  (%.2f)", cand.confidence()));
            }
        }
        for (Importer i : detection.importers()) {
            if (!formatChoices.contains(i)) {
                formatChoices.add(i);
                formatCombo.add(i.name() + "  [" + ImportRow.label(i.technique()) + "]");
            }
        }
        formatCombo.setEnabled(!selected.isEmpty());
        interfaceCombo.setEnabled(!selected.isEmpty());
        cycleCombo.setEnabled(!selected.isEmpty());
        ImportRow first = selected.isEmpty() ? null : selected.get(0);
        // a combo shows a value only when every selected row has it
        boolean sameFormat = first != null && selected.stream().allMatch(r -> r.importer() == first.importer());
        boolean sameInterface = first != null
                && selected.stream().allMatch(r -> java.util.Objects.equals(r.interfaceName(), first.interfaceName()));
        boolean sameCycle = first != null && selected.stream().allMatch(r -> java.util.Objects.equals(r.cycle(), first.cycle()));
        if (sameFormat) {
            formatCombo.select(formatChoices.indexOf(first.importer()));
        }
        if (sameInterface) {
            interfaceCombo.select(first.interfaceName() == null ? 0 : Math.max(0, interfaceCombo.indexOf(first.interfaceName())));
        } else {
            interfaceCombo.deselectAll();
        }
        cycleCombo.setText(!sameCycle ? "" : first.cycle() == null ? "(none)" : cycleText(first.cycle()));
        updating = false;
    }

    private String cycleText(int number) {
        Cell cell = cell();
        if (cell != null) {
            for (CycleState s : cell.getCycleStates()) {
                if (s.getCycleNumber() == number) {
                    return number + " " + s.getName();
                }
            }
        }
        return String.valueOf(number);
    }

    private void formatChosen() {
        int i = formatCombo.getSelectionIndex();
        if (updating || i < 0) {
            return;
        }
        selectedRows().forEach(r -> r.choose(formatChoices.get(i)));
        refresh();
    }

    private void interfaceChosen() {
        if (updating) {
            return;
        }
        int i = interfaceCombo.getSelectionIndex();
        Cell cell = cell();
        String name = i <= 0 || cell == null ? null : cell.getInterfaces().get(i - 1).getName();
        selectedRows().forEach(r -> r.setInterfaceName(name));
        refresh();
    }

    private void cycleChosen() {
        if (updating) {
            return;
        }
        String text = cycleCombo.getText().trim();
        Integer number;
        if (text.isEmpty()) {
            return; // mixed selection shown blank: nothing chosen yet
        }
        if (text.startsWith("(")) {
            number = null;
        } else {
            String head = text.split("\\s+")[0];
            try {
                number = Integer.valueOf(head);
            } catch (NumberFormatException e) {
                setErrorMessage("Cycle: '" + text + "' does not start with a cycle number.");
                return;
            }
            if (number < 0) {
                setErrorMessage("Cycle: the cycle number must be at least 0.");
                return;
            }
        }
        selectedRows().forEach(r -> r.setCycle(number));
        refresh();
    }

    private void removeSelected() {
        rows.removeAll(selectedRows());
        refresh();
    }

    private void addFiles() {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        d.setText("Measurement files");
        if (d.open() != null) {
            List<Path> picked = new ArrayList<>();
            for (String name : d.getFileNames()) {
                picked.add(Path.of(d.getFilterPath(), name));
            }
            addPaths(picked);
        }
    }

    private void addFolder() {
        DirectoryDialog d = new DirectoryDialog(getShell());
        d.setMessage("A folder of measurement files (a folder of TIFF slices is one volume)");
        String folder = d.open();
        if (folder != null) {
            addPaths(List.of(Path.of(folder)));
        }
    }

    private void refresh() {
        if (table != null && !table.getTable().isDisposed()) {
            table.refresh();
        }
        validate();
    }

    private void validate() {
        String problem = null;
        if (target == null || target.study() == null) {
            problem = "Open a study in the Cell editor first: measurements are imported into its cells.";
        } else if (cell() == null) {
            problem = "The study has no cell yet: add one (right-click the study > Add Cell from Template).";
        } else if (rows.isEmpty()) {
            setErrorMessage(null);
            setMessage("Add files or folders, or drop them on a cell, interface or cycle state in the Cell editor.");
            setPageComplete(false);
            return;
        } else {
            problem = rows.stream().filter(r -> r.importer() == null).findFirst()
                    .map(r -> r.file().getFileName() + ": no importer recognises it; select it and choose a format.")
                    .orElse(null);
        }
        setMessage(null);
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private void column(String title, int width, Function<ImportRow, String> text) {
        TableViewerColumn col = new TableViewerColumn(table, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ImportRow) element);
            }
        });
    }

    private static Composite row(Composite parent, int columns) {
        Composite r = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        r.setLayout(layout);
        r.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return r;
    }

    private static Button button(Composite parent, String label, Runnable run) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> run.run());
        return b;
    }
}
