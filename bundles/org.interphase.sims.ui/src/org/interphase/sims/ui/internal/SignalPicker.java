package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.interphase.sims.api.FragmentLibrary;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.SignalData;
import org.interphase.sims.ui.internal.SignalGroups.Group;
import org.interphase.ui.chart.Palette;

/**
 * Chooses the plotted signals: a search field, a checkbox tree grouped by kind, polarity or element, a colour
 * swatch per checked signal, and selection by species from the {@link FragmentLibrary}.
 */
public final class SignalPicker extends Composite {

    /** Signals checked when the editor opens. */
    public static final int DEFAULT_CHECKED = 6;

    private ProfileData profile;
    private final FragmentLibrary library;
    private final CheckboxTreeViewer viewer;
    private final Text search;
    private final Combo grouping;
    private final Combo species;
    private final Set<Integer> checked = new LinkedHashSet<>();
    private final Map<Integer, RGB> colours = new HashMap<>();
    private final Map<RGB, Image> swatches = new HashMap<>();
    private final Map<String, List<Integer>> speciesSignals = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private List<Group> groups;

    public SignalPicker(Composite parent, ProfileData profile, FragmentLibrary library) {
        super(parent, SWT.NONE);
        this.profile = profile;
        this.library = library;
        setLayout(new GridLayout(2, false));
        search = new Text(this, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search signals");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(this, SWT.NONE).setText("Group by");
        grouping = new Combo(this, SWT.READ_ONLY);
        for (Grouping g : Grouping.values()) {
            grouping.add(g.label());
        }
        grouping.select(0);
        grouping.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(this, SWT.NONE).setText("Species");
        species = new Combo(this, SWT.READ_ONLY);
        species.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        fillSpecies();
        viewer = new CheckboxTreeViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.getTree().setHeaderVisible(true);
        columns();
        viewer.setContentProvider(new Content());
        viewer.setCheckStateProvider(new CheckState());
        viewer.addFilter(new SearchFilter());
        viewer.addCheckStateListener(e -> toggle(e.getElement(), e.getChecked()));
        search.addModifyListener(e -> {
            viewer.refresh();
            viewer.expandAll();
        });
        grouping.addListener(SWT.Selection, e -> regroup());
        species.addListener(SWT.Selection, e -> pickSpecies());
        addDisposeListener(e -> swatches.values().forEach(Image::dispose));
        SignalGroups.mostIntense(profile, DEFAULT_CHECKED).forEach(this::check);
        regroup();
    }

    private void columns() {
        TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText("Signal");
        name.getColumn().setWidth(190);
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return o instanceof Group g ? g.name() : profile.signals().get((Integer) o).label();
            }

            @Override
            public Image getImage(Object o) {
                return o instanceof Integer i && colours.containsKey(i) ? swatch(colours.get(i)) : null;
            }
        });
        TreeViewerColumn mass = new TreeViewerColumn(viewer, SWT.RIGHT);
        mass.getColumn().setText("m/z / u");
        mass.getColumn().setWidth(70);
        mass.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                if (o instanceof Integer i) {
                    var m = profile.signals().get(i).massToCharge();
                    return m.isPresent() ? String.format(Locale.ROOT, "%.2f", m.getAsDouble()) : "N/A";
                }
                return "";
            }
        });
    }

    private void fillSpecies() {
        species.add("Pick by species\u2026");
        for (FragmentLibrary.Fragment f : library.fragments()) {
            for (int i = 0; i < profile.signals().size(); i++) {
                if (profile.signals().get(i).label().equals(f.label())) {
                    speciesSignals.computeIfAbsent(f.species(), k -> new ArrayList<>()).add(i);
                }
            }
        }
        speciesSignals.forEach((sp, members) -> species.add(sp + " (" + members.size() + ")"));
        species.select(0);
        species.setEnabled(!speciesSignals.isEmpty());
        species.setToolTipText(speciesSignals.isEmpty() ? "No fragment of the library is in this profile"
                : "Checks the profile's signals that the fragment library assigns to a species");
    }

    private void pickSpecies() {
        int i = species.getSelectionIndex();
        if (i <= 0) {
            return;
        }
        List<String> keys = new ArrayList<>(speciesSignals.keySet());
        speciesSignals.get(keys.get(i - 1)).forEach(this::check);
        species.select(0);
        changed();
    }

    private void regroup() {
        groups = SignalGroups.group(profile, Grouping.values()[Math.max(0, grouping.getSelectionIndex())]);
        viewer.setInput(groups);
        viewer.expandAll();
    }

    private void toggle(Object element, boolean state) {
        List<Integer> members = element instanceof Group g ? visibleMembers(g) : List.of((Integer) element);
        for (int i : members) {
            if (state) {
                check(i);
            } else {
                checked.remove(i);
                colours.remove(i);
            }
        }
        changed();
    }

    private void check(int i) {
        if (checked.add(i)) {
            colours.put(i, nextColour());
        }
    }

    /** The least used palette colour among the checked signals (the first such, in palette order). */
    private RGB nextColour() {
        int best = 0;
        long bestUse = Long.MAX_VALUE;
        for (int c = 0; c < Palette.size(); c++) {
            RGB rgb = Palette.colour(c);
            long use = colours.values().stream().filter(rgb::equals).count();
            if (use < bestUse) {
                best = c;
                bestUse = use;
            }
        }
        return Palette.colour(best);
    }

    private void changed() {
        viewer.refresh();
        listeners.forEach(Runnable::run);
    }

    private List<Integer> visibleMembers(Group g) {
        return g.members().stream().filter(this::matches).toList();
    }

    private boolean matches(int i) {
        String t = search.getText().strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || profile.signals().get(i).label().toLowerCase(Locale.ROOT).contains(t);
    }

    private Image swatch(RGB rgb) {
        return swatches.computeIfAbsent(rgb, c -> {
            Image img = new Image(getDisplay(), 12, 12);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(img);
            gc.setBackground(new org.eclipse.swt.graphics.Color(c));
            gc.fillRectangle(0, 0, 12, 12);
            gc.dispose();
            return img;
        });
    }

    /** Called after every change of the checked set. */
    public void addChangeListener(Runnable r) {
        listeners.add(r);
    }

    /**
     * Replaces the profile by one with signals appended (indices of the old signals are kept), checks the new
     * ones and notifies.
     */
    public void append(ProfileData extended) {
        int old = profile.signals().size();
        profile = extended;
        for (int i = old; i < extended.signals().size(); i++) {
            check(i);
        }
        regroup();
        changed();
    }

    /** Checked signal indices, in the order they were checked. */
    public List<Integer> checked() {
        return List.copyOf(checked);
    }

    /** Checks or unchecks a signal (as a click would) and notifies listeners. */
    public void setChecked(int index, boolean state) {
        toggle(index, state);
    }

    /** The colour of a checked signal. */
    public RGB colour(int index) {
        return colours.getOrDefault(index, new RGB(0, 0, 0));
    }

    /** Number of signals in the tree (all groups, ignoring the search filter). */
    public int signalCount() {
        return groups.stream().mapToInt(g -> g.members().size()).sum();
    }

    /** Number of signals the search filter lets through. */
    public int visibleSignalCount() {
        return (int) groups.stream().flatMap(g -> g.members().stream()).filter(this::matches).count();
    }

    /** The search field. */
    public Text search() {
        return search;
    }

    /** The grouping combo. */
    public Combo grouping() {
        return grouping;
    }

    /** The species combo. */
    public Combo species() {
        return species;
    }

    /** The tree. */
    public CheckboxTreeViewer viewer() {
        return viewer;
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Group g ? g.members().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof Integer i) {
                return groups.stream().filter(g -> g.members().contains(i)).findFirst().orElse(null);
            }
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Group;
        }
    }

    private final class CheckState implements ICheckStateProvider {
        @Override
        public boolean isChecked(Object o) {
            if (o instanceof Group g) {
                return g.members().stream().anyMatch(checked::contains);
            }
            return checked.contains(o);
        }

        @Override
        public boolean isGrayed(Object o) {
            return o instanceof Group g && !checked.containsAll(g.members())
                    && g.members().stream().anyMatch(checked::contains);
        }
    }

    private final class SearchFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            if (element instanceof Group g) {
                return g.members().stream().anyMatch(SignalPicker.this::matches);
            }
            return matches((Integer) element);
        }
    }

    /** The signal at {@code index}. */
    public SignalData signal(int index) {
        return profile.signals().get(index);
    }
}
