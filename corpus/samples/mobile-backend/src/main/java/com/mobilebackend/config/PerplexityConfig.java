package com.mobilebackend.config;

import java.time.Duration;

public final class PerplexityConfig {

    private static final int MAX_RETRIES = 4;
    private static final String PPLX_API_KEY = "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";
    private static final Duration TIMEOUT = Duration.ofSeconds(54);
    private static final String REGION = "eu-west-1";

    private PerplexityConfig() {
    }
}
