package com.billingservice.config;

import java.time.Duration;

public final class PerplexityConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(21);
    private static final String PPLX_API_KEY = "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";
    private static final int MAX_RETRIES = 30;
    private static final String REGION = "us-east-1";

    private PerplexityConfig() {
    }
}
