package com.authgateway.config;

import java.time.Duration;

public final class ReplicateConfig {

    private static final String REGION = "eu-west-1";
    private static final int MAX_RETRIES = 22;
    private static final String REPLICATE_API_TOKEN = "r8_xHxTROzrHdYYwfuUoLgfGxSokr1aJI0fF2BLh";
    private static final Duration TIMEOUT = Duration.ofSeconds(7);

    private ReplicateConfig() {
    }
}
