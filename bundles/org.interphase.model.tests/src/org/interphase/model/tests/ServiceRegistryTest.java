package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.interphase.model.services.ServiceRegistry;
import org.interphase.model.services.ServiceRegistry.Registration;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The one service lookup: ranking order, one service per id, the loser logged. */
class ServiceRegistryTest {

    @Test
    void ofTwoServicesWithTheSameIdTheFirstIsKeptAndTheOtherLogged() {
        List<Registration<String>> ranked = List.of(new Registration<>("eis.a@plugin", "org.example.plugin", 10, 7),
                new Registration<>("xps.b@core", "org.interphase.xps", 0, 3),
                new Registration<>("eis.a@core", "org.interphase.eis", 0, 2));
        List<String> warnings = new ArrayList<>();
        List<String> kept = ServiceRegistry.select(ranked, s -> s.substring(0, s.indexOf('@')), warnings::add);
        assertEquals(List.of("eis.a@plugin", "xps.b@core"), kept);
        assertEquals(1, warnings.size());
        assertEquals("id 'eis.a' of bundle org.interphase.eis (ranking 0) is ignored: bundle org.example.plugin"
                + " (ranking 10) registers the same id", warnings.get(0));
    }

    @Test
    void aServiceWithoutIdIsLeftOutAndLogged() {
        List<String> warnings = new ArrayList<>();
        List<String> kept = ServiceRegistry.select(List.of(new Registration<>("x", "b.one", 0, 1),
                new Registration<>("y", "b.two", 0, 2)), s -> s.equals("x") ? null : s, warnings::add);
        assertEquals(List.of("y"), kept);
        assertTrue(warnings.get(0).contains("b.one"), warnings.toString());
    }

    @Test
    void registeredServicesComeHighestRankingFirstOncePerId() {
        BundleContext context = FrameworkUtil.getBundle(ServiceRegistryTest.class).getBundleContext();
        Supplier<String> low = () -> "dup";
        Supplier<String> high = () -> "dup";
        Supplier<String> other = () -> "other";
        @SuppressWarnings("rawtypes")
        List<ServiceRegistration<Supplier>> regs = List.of(
                context.registerService(Supplier.class, low, TechniquesTest.ranking(1)),
                context.registerService(Supplier.class, high, TechniquesTest.ranking(5)),
                context.registerService(Supplier.class, other, TechniquesTest.ranking(0)));
        try {
            @SuppressWarnings("rawtypes")
            List<Supplier> all = ServiceRegistry.all(Supplier.class);
            assertEquals(List.of(high, low, other), all);
            @SuppressWarnings("rawtypes")
            List<Supplier> unique = ServiceRegistry.unique(Supplier.class, s -> (String) s.get());
            assertEquals(List.of(high, other), unique);
        } finally {
            regs.forEach(ServiceRegistration::unregister);
        }
        assertTrue(ServiceRegistry.all(Supplier.class).isEmpty());
    }
}
