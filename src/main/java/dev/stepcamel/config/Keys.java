package dev.stepcamel.config;

import java.util.Set;

/** The fixed {@code stepcamel.*} keys. */
final class Keys {
    static final String REGION = "stepcamel.region";
    static final String ACCOUNT = "stepcamel.account";
    static final String ROLE_ARN = "stepcamel.role-arn";
    static final String WORKERS = "stepcamel.workers";
    static final String MAP_CONCURRENCY = "stepcamel.map.max-concurrency";
    static final String STORE = "stepcamel.store";
    static final String DATA_DIR = "stepcamel.data-dir";
    static final String RETENTION = "stepcamel.retention";
    static final String PORT_KEY = "camel.server.port";
    static final String CONSOLE_ENABLED = "stepcamel.console.enabled";
    static final String CONSOLE_USERNAME = "stepcamel.console.username";
    static final String CONSOLE_PASSWORD = "stepcamel.console.password";
    static final Set<String> KNOWN = Set.of(REGION, ACCOUNT, ROLE_ARN, WORKERS, MAP_CONCURRENCY, STORE, DATA_DIR,
            RETENTION, CONSOLE_ENABLED, CONSOLE_USERNAME, CONSOLE_PASSWORD);

    private Keys() {
    }
}
