package com.authgateway.config;

import java.time.Duration;

public final class NpmConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);
    private static final int MAX_RETRIES = 32;
    private static final String NPM_AUTH_TOKEN = "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";
    private static final String REGION = "eu-west-1";

    private NpmConfig() {
    }
}
