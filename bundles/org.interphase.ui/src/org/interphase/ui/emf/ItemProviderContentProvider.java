package org.interphase.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * JFace tree content from the model.edit item providers (the part of emf.edit.ui's
 * AdapterFactoryContentProvider we need; emf.edit.ui is not on Maven Central).
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

    private final AdapterFactory factory;

    public ItemProviderContentProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> c) {
            return c.toArray();
        }
        Object p = factory.adapt(input, IStructuredItemContentProvider.class);
        return p instanceof IStructuredItemContentProvider s ? s.getElements(input).toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object p = factory.adapt(parent, ITreeItemContentProvider.class);
        return p instanceof ITreeItemContentProvider t ? t.getChildren(parent).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        Object p = factory.adapt(element, ITreeItemContentProvider.class);
        return p instanceof ITreeItemContentProvider t ? t.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object p = factory.adapt(element, ITreeItemContentProvider.class);
        return p instanceof ITreeItemContentProvider t && t.hasChildren(element);
    }
}
