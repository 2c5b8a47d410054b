package org.interphase.ui.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** JFace labels and icons from the model.edit item providers. */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory factory;
    private final Map<Object, Image> images = new HashMap<>();

    public ItemProviderLabelProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public String getText(Object element) {
        return org.interphase.model.edit.Labels.text(element).orElseGet(() -> {
            Object p = factory.adapt(element, IItemLabelProvider.class);
            return p instanceof IItemLabelProvider l ? l.getText(element) : String.valueOf(element);
        });
    }

    @Override
    public Image getImage(Object element) {
        Object p = factory.adapt(element, IItemLabelProvider.class);
        Object key = p instanceof IItemLabelProvider l ? l.getImage(element) : null;
        if (key instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
            key = composed.getImages().get(0);
        }
        if (!(key instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    @Override
    public void dispose() {
        images.values().forEach(i -> {
            if (i != null) {
                i.dispose();
            }
        });
        images.clear();
        super.dispose();
    }
}
