package com.authgateway.config;

import java.time.Duration;

public final class LaunchdarklyConfig {

    private static final String LAUNCHDARKLY_SDK_KEY = "sdk-84151830-12bc-404a-ac5d-86f9af5d449d";
    private static final Duration TIMEOUT = Duration.ofSeconds(51);
    private static final String REGION = "us-east-1";
    private static final int MAX_RETRIES = 4;

    private LaunchdarklyConfig() {
    }
}
