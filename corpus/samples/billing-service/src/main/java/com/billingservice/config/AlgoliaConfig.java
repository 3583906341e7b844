package com.billingservice.config;

import java.time.Duration;

public final class AlgoliaConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(7);
    private static final String ALGOLIA_APPLICATION_ID = "SLFT9BF2V3";
    private static final String ALGOLIA_API_KEY = "7fddd6048a20139b81adbc36e3231e16";
    private static final String REGION = "ap-southeast-2";
    private static final int MAX_RETRIES = 56;

    private AlgoliaConfig() {
    }
}
