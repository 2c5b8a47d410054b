package org.interphase.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.interphase.model.persistence.StudyStore;
import org.interphase.model.provider.InterphaseItemProviderAdapterFactory;

/** Creates the adapter factories and editing domains every editor of a study uses. */
public final class StudyEditing {

    private StudyEditing() {
    }

    /** Item providers for the study model, resources and, as a fallback, any EObject. */
    public static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new InterphaseItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /**
     * An editing domain with its own command stack (undo/redo) over a study-aware resource set. Its set commands
     * refuse values outside {@link PhysicalRanges} (they cannot execute), whichever view asks for them.
     */
    public static AdapterFactoryEditingDomain newEditingDomain(ComposedAdapterFactory factory) {
        ResourceSet rs = StudyStore.newResourceSet();
        return new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), rs) {
            @Override
            public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
                if (commandClass == SetCommand.class && parameter.getFeature() instanceof EStructuralFeature f
                        && PhysicalRanges.check(f, parameter.getValue()).isPresent()) {
                    return UnexecutableCommand.INSTANCE;
                }
                return super.createCommand(commandClass, parameter);
            }
        };
    }
}
