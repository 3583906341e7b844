package com.searchindexer.config;

import java.time.Duration;

public final class MongodbConfig {

    private static final String REGION = "ap-southeast-2";
    private static final String MONGODB_ATLAS_PUBLIC_KEY = "buepxrfj";
    private static final int MAX_RETRIES = 58;
    private static final String MONGODB_ATLAS_PRIVATE_KEY = "4dbc84dd-02b3-4588-a845-74e7236c1e65";
    private static final Duration TIMEOUT = Duration.ofSeconds(25);

    private MongodbConfig() {
    }
}
