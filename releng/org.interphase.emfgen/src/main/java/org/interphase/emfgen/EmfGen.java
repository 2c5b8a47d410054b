package org.interphase.emfgen;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless EMF code generator used by the build (see BUILDING.md §7).
 * <p>
 * Usage: {@code EmfGen <genmodel> <projectName> <scratchDir> <bundleDir> <model|edit> <copy>...}. The
 * generator writes a complete project into {@code scratchDir}; only the listed relative paths (for
 * example {@code src-gen}, {@code icons}, {@code plugin.properties}) are copied back into
 * {@code bundleDir}, so hand-maintained manifests and plugin.xml are never touched.
 */
public final class EmfGen {

    private EmfGen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            throw new IllegalArgumentException(
                    "usage: EmfGen <genmodel> <projectName> <scratchDir> <bundleDir> <model|edit> <copy>...");
        }
        Path genmodelFile = Path.of(args[0]).toAbsolutePath();
        String projectName = args[1];
        Path scratch = Path.of(args[2]).toAbsolutePath();
        Path bundleDir = Path.of(args[3]).toAbsolutePath();
        String projectType = switch (args[4]) {
            case "model" -> GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE;
            case "edit" -> GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE;
            default -> throw new IllegalArgumentException("project type must be model or edit: " + args[4]);
        };

        deleteTree(scratch);
        Files.createDirectories(scratch);

        EcorePackage.eINSTANCE.eClass();
        org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        if (GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.getDescriptors(GenModelPackage.eNS_URI).isEmpty()) {
            GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                    GenModelGeneratorAdapterFactory.DESCRIPTOR);
        }

        ResourceSet rs = new ResourceSetImpl();
        URI project = URI.createFileURI(scratch + "/");
        EcorePlugin.getPlatformResourceMap().put(projectName, project);
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + projectName + "/", false), project);
        // The genmodel refers to its ecore relative to the model bundle: map that project too.
        Path modelBundle = genmodelFile.getParent().getParent();
        String modelProject = modelBundle.getFileName().toString();
        if (!modelProject.equals(projectName)) {
            URI modelUri = URI.createFileURI(modelBundle + "/");
            EcorePlugin.getPlatformResourceMap().put(modelProject, modelUri);
            rs.getURIConverter().getURIMap()
                    .put(URI.createPlatformResourceURI("/" + modelProject + "/", false), modelUri);
        }

        GenModel gm = (GenModel) rs.getResource(URI.createFileURI(genmodelFile.toString()), true).getContents()
                .get(0);
        // Create the Gen* elements for every classifier and feature of the ecore, so the genmodel file
        // only needs to name the packages and the generator options.
        java.util.List<org.eclipse.emf.ecore.EPackage> packages = new java.util.ArrayList<>();
        gm.getGenPackages().forEach(p -> packages.add(p.getEcorePackage()));
        gm.initialize(packages);
        gm.reconcile();
        gm.setCanGenerate(true);
        gm.setUpdateClasspath(false);

        Generator generator = new Generator();
        generator.setInput(gm);
        Diagnostic d = generator.generate(gm, projectType, new BasicMonitor());
        if (d.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("EMF generation failed: " + d);
        }

        for (int i = 5; i < args.length; i++) {
            Path from = scratch.resolve(args[i]);
            Path to = bundleDir.resolve(args[i]);
            if (!Files.exists(from)) {
                throw new IllegalStateException("generator produced no " + from);
            }
            deleteTree(to);
            copyTree(from, to);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        if (Files.isRegularFile(root)) {
            Files.delete(root);
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
