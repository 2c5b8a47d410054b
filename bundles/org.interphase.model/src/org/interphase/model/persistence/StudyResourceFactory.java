package org.interphase.model.persistence;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates XMI resources for {@code *.interphase} files. Objects get UUIDs so cross references survive
 * edits, and loading records line numbers so errors can name them.
 */
public class StudyResourceFactory extends XMIResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return true;
            }
        };
        Map<Object, Object> load = resource.getDefaultLoadOptions();
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        load.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.FALSE);
        Map<Object, Object> save = resource.getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, 100);
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        return resource;
    }
}
