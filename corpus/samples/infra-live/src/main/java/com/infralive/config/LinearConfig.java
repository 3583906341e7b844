package com.infralive.config;

import java.time.Duration;

public final class LinearConfig {

    private static final String REGION = "eu-west-1";
    private static final String LINEAR_API_KEY = "lin_api_JTA8jletwwoPutBL2EsZjtlt0LCAn3FzRHjS8qBL";
    private static final Duration TIMEOUT = Duration.ofSeconds(36);
    private static final int MAX_RETRIES = 24;

    private LinearConfig() {
    }
}
