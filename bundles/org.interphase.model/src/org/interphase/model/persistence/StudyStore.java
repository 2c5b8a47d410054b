package org.interphase.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Study;

/**
 * Loads and saves {@code *.interphase} studies.
 * <p>
 * Loading checks the format version before EMF parses the file and loads into a resource that is only
 * handed out when it loaded without error, so a caller never sees a half-loaded model. Saving writes a
 * temporary file next to the target, forces it to disk and renames it over the target, so a crash or a
 * full disk never leaves a truncated study behind.
 */
public final class StudyStore {

    private StudyStore() {
    }

    /** A resource set that knows the study format, usable inside and outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.setURIConverter(new LocalOnlyURIConverter()); // never the network, whatever a study links to
        rs.getPackageRegistry().put(InterphasePackage.eNS_URI, InterphasePackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(StudyFormat.FILE_EXTENSION,
                new StudyResourceFactory());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new StudyResourceFactory());
        return rs;
    }

    /** Loads a study into a new resource set. */
    public static Study load(Path file) throws StudyLoadException {
        return (Study) load(newResourceSet(), file).getContents().get(0);
    }

    /**
     * Loads a study into {@code rs}. On failure the resource set is left as it was.
     *
     * @throws StudyLoadException naming the file and, where known, the line of the first problem
     */
    public static Resource load(ResourceSet rs, Path file) throws StudyLoadException {
        checkHeader(file);
        // loaded in a resource set of its own (local files only) and moved to rs only when it is valid
        ResourceSet loading = newResourceSet();
        Resource resource = new StudyResourceFactory().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        loading.getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, null);
        } catch (IOException e) {
            throw failure(file, resource, e);
        } catch (RuntimeException e) {
            throw new StudyLoadException(file, 0, "not a valid study: " + cleanMessage(describe(e)), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw failure(file, resource, null);
        }
        List<?> contents = resource.getContents();
        if (contents.size() != 1 || !(contents.get(0) instanceof Study study)) {
            throw new StudyLoadException(file, 0, "the file does not contain exactly one Study", null);
        }
        if (study.getFormatVersion() > StudyFormat.CURRENT_VERSION) {
            throw newerVersion(file, 0, study.getFormatVersion());
        }
        if (study.getFormatVersion() < 1) {
            throw new StudyLoadException(file, 0, "formatVersion " + study.getFormatVersion()
                    + " is not a valid format version (1 to " + StudyFormat.CURRENT_VERSION + ")", null);
        }
        StudyChecks.check(file, resource);
        StudyMigrations.migrate(study);
        rs.getResources().add(resource);
        return resource;
    }

    /** Saves {@code resource} atomically to {@code file}: write a temporary file, then rename it. */
    public static void save(Resource resource, Path file) throws IOException {
        for (Object root : resource.getContents()) {
            if (root instanceof Study study && study.getFormatVersion() != StudyFormat.CURRENT_VERSION) {
                study.setFormatVersion(StudyFormat.CURRENT_VERSION); // what is in memory is the current format
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        resource.save(buffer, null);
        writeAtomically(file, buffer.toByteArray());
    }

    /** Saves {@code study} in a fresh resource to {@code file} (used for new studies and exports). */
    public static void save(Study study, Path file) throws IOException {
        Resource resource = study.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(study);
        }
        save(resource, file);
    }

    /** Writes bytes to a sibling temporary file, forces them to disk and renames over {@code file}. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            // temporary files are created owner-only; the saved file keeps the target's permissions, or
            // gets the usual rw-r--r-- when it is new
            if (Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads the root element with StAX: checks it is a Study and that its format version is supported. */
    private static void checkHeader(Path file) throws StudyLoadException {
        if (!Files.isRegularFile(file)) {
            throw new StudyLoadException(file, 0, Files.exists(file) ? "not a regular file"
                    : Files.isSymbolicLink(file) ? "dangling symbolic link" : "no such file", null);
        }
        if (!Files.isReadable(file)) {
            throw new StudyLoadException(file, 0, "cannot be read: permission denied", null);
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    int line = reader.getLocation().getLineNumber();
                    String ns = reader.getNamespaceURI();
                    if (!"Study".equals(reader.getLocalName()) || !InterphasePackage.eNS_URI.equals(ns)) {
                        throw new StudyLoadException(file, line, "the root element is <" + reader.getPrefix()
                                + (reader.getPrefix().isEmpty() ? "" : ":") + reader.getLocalName() + ">"
                                + (ns == null ? "" : " in namespace " + ns) + ", expected an interphase:Study in "
                                + InterphasePackage.eNS_URI, null);
                    }
                    String version = reader.getAttributeValue(null, "formatVersion");
                    if (version != null) {
                        int v;
                        try {
                            v = Integer.parseInt(version.trim());
                        } catch (NumberFormatException e) {
                            throw new StudyLoadException(file, line, "formatVersion '" + version + "' is not a number", e);
                        }
                        if (v > StudyFormat.CURRENT_VERSION) {
                            throw newerVersion(file, line, v);
                        }
                        if (v < 1) {
                            throw new StudyLoadException(file, line, "formatVersion " + v
                                    + " is not a valid format version (1 to " + StudyFormat.CURRENT_VERSION + ")", null);
                        }
                    }
                    return;
                }
            }
            throw new StudyLoadException(file, 0, "the file is empty or has no XML element", null);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new StudyLoadException(file, Math.max(line, 0), "not well-formed XML: " + cleanMessage(e.getMessage()), e);
        } catch (IOException e) {
            throw new StudyLoadException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static StudyLoadException newerVersion(Path file, int line, int version) {
        return new StudyLoadException(file, line, "written by a newer Interphase Workbench (format version " + version
                + "); this version reads up to format " + StudyFormat.CURRENT_VERSION + ". The file was not changed.",
                null);
    }

    private static StudyLoadException failure(Path file, Resource resource, Exception e) {
        for (Resource.Diagnostic d : resource.getErrors()) {
            return new StudyLoadException(file, d.getLine(), cleanMessage(d.getMessage()), e);
        }
        Throwable t = e;
        while (t != null) {
            if (t instanceof XMIException x) {
                return new StudyLoadException(file, x.getLine(), cleanMessage(x.getMessage()), e);
            }
            if (t instanceof org.xml.sax.SAXParseException s) {
                return new StudyLoadException(file, s.getLineNumber(), "not well-formed XML: " + cleanMessage(s.getMessage()), e);
            }
            t = t.getCause();
        }
        return new StudyLoadException(file, 0, e == null ? "unreadable" : cleanMessage(String.valueOf(e.getMessage())), e);
    }

    /** An exception as words: its message, or its simple class name when it has none (never a package name). */
    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "unknown error";
        }
        // "org.interphase.model.impl.LayerImpl@676e116c (name: x, ...)" becomes "a Layer"; qualified Java
        // exception names ("java.lang.ClassCastException: ") are dropped
        message = message.replaceAll("(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*?)(?:Impl)?@[0-9a-f]+(?: \\([^)]*\\))?", "a $1")
                .replaceAll("(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*(?:Exception|Error))(?::\\s*)?", "")
                .replaceAll(" \\([^()]*module[^()]*\\)", "")
                .replaceAll("(?:class )?(?:[a-z_][\\w$]*\\.){2,}([A-Z][\\w$]*?)(?:Impl)?\\b", "$1");
        // StAX prefixes messages with "ParseError at [row,col]:[..]\nMessage: "
        int i = message.indexOf("Message: ");
        String m = i >= 0 ? message.substring(i + 9) : message;
        // EMF diagnostics end with "(file:/..., 12, 5)": the file and line are reported separately.
        int paren = m.lastIndexOf(" (");
        if (paren > 0 && m.endsWith(")") && m.substring(paren).contains("file:")) {
            m = m.substring(0, paren);
        }
        return m.trim();
    }
}
