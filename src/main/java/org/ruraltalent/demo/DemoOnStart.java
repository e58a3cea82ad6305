package org.ruraltalent.demo;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode offers the demo on start: with {@code rural-talent.demo.load-on-start} (set for the
 * dev profile only) the demo data set is loaded at start, once: later starts find it there.
 */
@Singleton
class DemoOnStart {

    private static final Logger LOG = Logger.getLogger(DemoOnStart.class);

    @Inject
    DemoData demo;
    @ConfigProperty(name = "rural-talent.demo.load-on-start", defaultValue = "false")
    boolean loadOnStart;

    void onStart(@Observes StartupEvent event) {
        if (!loadOnStart) {
            return;
        }
        DemoData.Result result = demo.load();
        if (result.created()) {
            LOG.info("Demo data loaded. See the report: curl -H \"Authorization: Bearer $(java dev-keys/Token.java admin)\" "
                    + "'localhost:8080/api/v1/statistics/overview?division=640400&from=2021-01-01&to=2025-04-30'");
        }
    }
}
