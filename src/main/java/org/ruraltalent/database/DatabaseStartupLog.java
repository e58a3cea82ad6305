package org.ruraltalent.database;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Says in the log which database the service is using, without its credentials. */
@Singleton
class DatabaseStartupLog {

    private static final Logger LOG = Logger.getLogger(DatabaseStartupLog.class);

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = EmbeddedPostgresConfigSourceFactory.URL_KEY) String url) {
        LOG.infof("Using PostgreSQL at %s", url.replaceAll("([?&]password=)[^&]*", "$1***"));
    }
}
