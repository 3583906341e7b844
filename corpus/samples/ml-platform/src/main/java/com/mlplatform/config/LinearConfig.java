package com.mlplatform.config;

import java.time.Duration;

public final class LinearConfig {

    private static final int MAX_RETRIES = 20;
    private static final String LINEAR_API_KEY = "lin_api_letwwoPutBL2EsZjtlt0LCAn3FzRHjS8qBLloXCW";
    private static final String REGION = "ap-southeast-2";
    private static final Duration TIMEOUT = Duration.ofSeconds(57);

    private LinearConfig() {
    }
}
