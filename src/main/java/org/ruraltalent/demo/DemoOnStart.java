package org.ruraltalent.demo;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode offers the demo on start: with {@code rural-talent.demo.load-on-start} (set for the
 * dev profile only; tests and production leave it off) start-up loads the demo into a database
 * that holds no people yet, and says how to see the report. A database with people of its own
 * is left alone.
 */
@Singleton
class DemoOnStart {

    private static final Logger LOG = Logger.getLogger(DemoOnStart.class);
    private static final String TOKEN = "$(java dev-keys/Token.java admin)";

    @Inject
    DemoData demo;
    @Inject
    DemoConfig config;
    @ConfigProperty(name = "quarkus.http.port")
    int port;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled() || !config.loadOnStart()) {
            return;
        }
        if (demo.loaded()) {
            LOG.infof("Demo data is loaded. The report: %s", overviewCommand());
        } else if (demo.holdsPeople()) {
            LOG.infof("Demo data not loaded: the database holds people of its own. To add it anyway: "
                    + "curl -X POST -H \"Authorization: Bearer %s\" localhost:%d/api/v1/demo-data", TOKEN, port);
        } else {
            DemoData.Result result = demo.load();
            LOG.infof("Demo data loaded in %d ms. The report: %s", result.tookMillis(), overviewCommand());
        }
    }

    private String overviewCommand() {
        return "curl -H \"Authorization: Bearer " + TOKEN + "\" 'localhost:" + port + DemoData.OVERVIEW + "'";
    }
}
