package org.ruraltalent.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the demo data set may be loaded here; set for the dev and test profiles only, never for production. */
@ConfigMapping(prefix = "rural-talent.demo")
public interface DemoConfig {

    /** Whether {@code POST /api/v1/demo-data} exists; without it the path answers 404. */
    @WithDefault("false")
    boolean enabled();

    /** Whether start-up loads the demo into a database that holds no people yet (dev mode). */
    @WithDefault("false")
    boolean loadOnStart();
}
