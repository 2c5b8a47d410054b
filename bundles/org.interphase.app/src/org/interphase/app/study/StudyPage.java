package org.interphase.app.study;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/** First page of the New Study wizard: the study's name and the workspace folder (project) it is saved in. */
public final class StudyPage extends WizardPage {

    private final String initialFolder;
    private Text name;
    private Text folder;

    StudyPage(String initialFolder) {
        super("study");
        this.initialFolder = initialFolder;
        setTitle("Interphase Study");
        setDescription("Name the study and choose the project or folder that holds its .interphase file.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("Study name:");
        name = new Text(c, SWT.BORDER);
        name.setText("My study");
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(c, SWT.NONE).setText("Project / folder:");
        folder = new Text(c, SWT.BORDER);
        folder.setText(initialFolder);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        Label hint = new Label(c, SWT.WRAP);
        hint.setText("A project that does not exist yet is created. The file is saved as <name>.interphase.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        name.addListener(SWT.Modify, e -> validate());
        folder.addListener(SWT.Modify, e -> validate());
        setControl(c);
        validate();
    }

    private void browse() {
        ContainerSelectionDialog d = new ContainerSelectionDialog(getShell(), ResourcesPlugin.getWorkspace().getRoot(),
                true, "Choose the project or folder of the study:");
        if (d.open() == ContainerSelectionDialog.OK && d.getResult().length > 0) {
            folder.setText(d.getResult()[0].toString().replaceFirst("^/", ""));
        }
    }

    private void validate() {
        String problem = null;
        if (studyName().isEmpty()) {
            problem = "Enter a study name.";
        } else if (folder().isEmpty()) {
            problem = "Enter a project or folder.";
        } else if (!ResourcesPlugin.getWorkspace().validatePath("/" + folder(), IResource.FOLDER | IResource.PROJECT).isOK()) {
            problem = "'" + folder() + "' is not a valid workspace folder.";
        } else {
            IResource existing = ResourcesPlugin.getWorkspace().getRoot().findMember(folder() + "/" + fileName());
            if (existing != null) {
                problem = fileName() + " already exists in " + folder() + ".";
            } else if (ResourcesPlugin.getWorkspace().getRoot().findMember(folder()) instanceof IResource r
                    && !(r instanceof IContainer)) {
                problem = folder() + " is a file, not a folder.";
            }
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The study name as entered (trimmed). */
    public String studyName() {
        return name.getText().trim();
    }

    /** The workspace folder, e.g. "Studies" or "Project/sub". */
    public String folder() {
        return folder.getText().trim().replaceFirst("^/", "");
    }

    /** The file name derived from the study name. */
    public String fileName() {
        String base = studyName().replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^_+|_+$", "");
        return (base.isEmpty() ? "study" : base) + ".interphase";
    }

    /** The name field (for tests). */
    public Text nameText() {
        return name;
    }

    /** The folder field (for tests). */
    public Text folderText() {
        return folder;
    }
}
