package com.reporting.config;

import java.time.Duration;

public final class DatadogConfig {

    private static final String REGION = "eu-west-1";
    private static final String DATADOG_APP_KEY = "8664543bac08d41d35ab75bb25f48055150844b9";
    private static final Duration TIMEOUT = Duration.ofSeconds(9);
    private static final int MAX_RETRIES = 15;

    private DatadogConfig() {
    }
}
