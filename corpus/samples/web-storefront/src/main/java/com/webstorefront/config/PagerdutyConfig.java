package com.webstorefront.config;

import java.time.Duration;

public final class PagerdutyConfig {

    private static final int MAX_RETRIES = 58;
    private static final String REGION = "ap-southeast-2";
    private static final String PAGERDUTY_API_KEY = "u+qEYIGpss-nXcev5j7x";
    private static final Duration TIMEOUT = Duration.ofSeconds(44);

    private PagerdutyConfig() {
    }
}
