package org.interphase.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Checks a freshly loaded study before it is handed out: every reference must resolve inside the study (a
 * link to another file or to the network is an error with its line, like a dangling local reference), and
 * physical sizes (thicknesses, areas, loadings, porosity) must be finite and not negative.
 */
final class StudyChecks {

    /** Attributes that are physical sizes: finite and never negative. */
    private static final Set<String> SIZES = Set.of("thicknessUm", "thicknessNm", "areaCm2", "loadingMgCm2",
            "porosity", "fraction");

    private final Path file;
    private final Map<String, Integer> idLines = new HashMap<>();
    private final List<Object[]> refs = new ArrayList<>(); // {line, attribute value} of href-like values

    private StudyChecks(Path file) {
        this.file = file;
    }

    static void check(Path file, Resource resource) throws StudyLoadException {
        StudyChecks c = new StudyChecks(file);
        c.scan();
        c.checkObjects(resource);
    }

    /** Records the line of every {@code xmi:id} and of every value that names another document. */
    private void scan() throws StudyLoadException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                int line = r.getLocation().getLineNumber();
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String name = r.getAttributeLocalName(i);
                    String value = r.getAttributeValue(i);
                    if ("id".equals(name)) {
                        idLines.putIfAbsent(value, line);
                    } else if ("href".equals(name) || value.indexOf('#') > 0) {
                        refs.add(new Object[] { line, value });
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new StudyLoadException(file, 0, "cannot be read again: " + e.getMessage(), e);
        }
    }

    private void checkObjects(Resource resource) throws StudyLoadException {
        URI self = resource.getURI();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            for (EReference ref : o.eClass().getEAllReferences()) {
                if (ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient()
                        || !o.eIsSet(ref)) {
                    continue;
                }
                Object value = o.eGet(ref, false);
                if (value == null) {
                    continue;
                }
                Iterable<?> targets = ref.isMany() ? (Iterable<?>) value : List.of(value);
                for (Object t : targets) {
                    if (t instanceof InternalEObject target && target.eIsProxy()) {
                        URI uri = target.eProxyURI();
                        if (!self.equals(uri.trimFragment())) {
                            throw new StudyLoadException(file, lineOf(uri), describe(o) + ": its " + ref.getName()
                                    + " links to " + uri.trimFragment() + "; studies may only refer to objects"
                                    + " inside the same study (the link was not followed)", null);
                        }
                    }
                }
            }
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (SIZES.contains(a.getName()) && !a.isMany() && o.eIsSet(a) && o.eGet(a) instanceof Number n) {
                    double v = n.doubleValue();
                    if (!Double.isFinite(v) || v < 0) {
                        throw new StudyLoadException(file, lineOf(resource, o), describe(o) + ": " + a.getName()
                                + " is " + v + "; it must be a finite number, zero or more", null);
                    }
                }
            }
        }
    }

    private int lineOf(URI proxy) {
        String fragment = proxy.fragment() == null ? "" : proxy.fragment();
        String doc = proxy.trimFragment().lastSegment();
        for (Object[] r : refs) {
            String v = (String) r[1];
            if (v.contains("#" + fragment) && (doc == null || v.contains(doc))) {
                return (Integer) r[0];
            }
        }
        for (Object[] r : refs) {
            if (((String) r[1]).contains("#" + fragment)) {
                return (Integer) r[0];
            }
        }
        return 0;
    }

    private int lineOf(Resource resource, EObject o) {
        String id = resource instanceof XMLResource x ? x.getID(o) : null;
        return id == null ? 0 : idLines.getOrDefault(id, 0);
    }

    /** "Layer 'LPSCl'" rather than an implementation class name and hash. */
    static String describe(EObject o) {
        String type = o.eClass().getName();
        EStructuralFeature nameFeature = o.eClass().getEStructuralFeature("name");
        Object name = nameFeature == null ? null : o.eGet(nameFeature);
        return name == null || name.toString().isBlank() ? type : type + " '" + name + "'";
    }
}
