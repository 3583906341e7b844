package com.reporting.config;

import java.time.Duration;

public final class NpmConfig {

    private static final String REGION = "eu-west-1";
    private static final int MAX_RETRIES = 47;
    private static final String NPM_AUTH_TOKEN = "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";
    private static final Duration TIMEOUT = Duration.ofSeconds(7);

    private NpmConfig() {
    }
}
