package com.authgateway.config;

import java.time.Duration;

public final class CloudflareConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(28);
    private static final String CF_API_TOKEN = "asB9zVnI5tH8R-lErRU8zIDiE7_cdhppeXi4vSjy";
    private static final int MAX_RETRIES = 2;
    private static final String REGION = "us-east-1";

    private CloudflareConfig() {
    }
}
