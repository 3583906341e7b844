package com.webstorefront.config;

import java.time.Duration;

public final class LaunchdarklyConfig {

    private static final String REGION = "us-east-1";
    private static final String LAUNCHDARKLY_SDK_KEY = "sdk-5183012b-c104-4dc5-b86f-9af5d449d860";
    private static final int MAX_RETRIES = 55;
    private static final Duration TIMEOUT = Duration.ofSeconds(11);

    private LaunchdarklyConfig() {
    }
}
