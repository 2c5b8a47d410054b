package org.interphase.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Gives the Properties view an {@link ItemPropertySource} for every model object. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory factory;

    public ItemPropertySourceProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        return ItemPropertySource.of(object, factory);
    }
}
