package org.interphase.ui.measurement;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The registered OSGi services of a type, for the contribution registries of this package. */
final class Services {

    private Services() {
    }

    /** Every registered {@code type} service; empty outside a running framework. */
    static <T> List<T> all(Class<T> type) {
        List<T> result = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        BundleContext ctx = bundle == null ? null : bundle.getBundleContext();
        if (ctx == null) {
            return result;
        }
        try {
            for (ServiceReference<T> ref : ctx.getServiceReferences(type, null)) {
                T service = ctx.getService(ref);
                if (service != null) {
                    result.add(service);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }
}
