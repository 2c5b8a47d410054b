package org.interphase.sims.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.model.DepthProfile;

/** The depth profiles of the study with their cycle and interface, checked = compared (all by default). */
public final class ProfileList {

    private final Table table;
    private final List<DepthProfile> profiles = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public ProfileList(Composite parent, DepthProfile current) {
        table = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        for (String[] c : new String[][] { { "Profile", "130" }, { "Cycle", "50" }, { "Interface", "110" } }) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        EObject root = EcoreUtil.getRootContainer(current);
        List<DepthProfile> found = new ArrayList<>();
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof DepthProfile p) {
                found.add(p);
            }
        });
        if (found.isEmpty()) {
            found.add(current);
        }
        for (DepthProfile p : found) {
            profiles.add(p);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { p.getName() == null ? "(unnamed)" : p.getName(),
                    p.getCycleState() == null ? "\u2013" : Integer.toString(p.getCycleState().getCycleNumber()),
                    p.getInterface() == null || p.getInterface().getName() == null ? "\u2013" : p.getInterface().getName() });
            item.setChecked(true);
        }
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                listeners.forEach(Runnable::run);
            }
        });
    }

    /** The table. */
    public Table table() {
        return table;
    }

    /** Every listed profile. */
    public List<DepthProfile> all() {
        return List.copyOf(profiles);
    }

    /** The checked profiles, in table order. */
    public List<DepthProfile> checked() {
        List<DepthProfile> out = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            if (table.getItem(i).getChecked()) {
                out.add(profiles.get(i));
            }
        }
        return out;
    }

    /** Checks exactly the given profiles. */
    public void check(List<DepthProfile> which) {
        for (int i = 0; i < profiles.size(); i++) {
            table.getItem(i).setChecked(which.contains(profiles.get(i)));
        }
        listeners.forEach(Runnable::run);
    }

    /** Called when a check box changes. */
    public void addChangeListener(Runnable r) {
        listeners.add(r);
    }
}
