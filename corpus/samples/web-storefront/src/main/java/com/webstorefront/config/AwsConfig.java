package com.webstorefront.config;

import java.time.Duration;

public final class AwsConfig {

    private static final String ACCESS_KEY = "AKIAWUB274LP7GSEWUC4";
    private static final Duration TIMEOUT = Duration.ofSeconds(36);
    private static final String REGION = "us-east-1";
    private static final int MAX_RETRIES = 16;

    private AwsConfig() {
    }
}
