package com.mobilebackend.config;

import java.time.Duration;

public final class LinearConfig {

    private static final String LINEAR_API_KEY = "lin_api_yRAa9eaaqYERIVKISPHXA5R0T5pQTl3Qyvrvger7";
    private static final Duration TIMEOUT = Duration.ofSeconds(32);
    private static final int MAX_RETRIES = 48;
    private static final String REGION = "eu-west-1";

    private LinearConfig() {
    }
}
