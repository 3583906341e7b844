package com.webstorefront.config;

import java.time.Duration;

public final class GenericConfig {

    private static final String REGION = "us-east-1";
    private static final int MAX_RETRIES = 45;
    private static final String API_KEY = "a4f8e8544758488a7800fd98231e8daf";
    private static final Duration TIMEOUT = Duration.ofSeconds(7);

    private GenericConfig() {
    }
}
