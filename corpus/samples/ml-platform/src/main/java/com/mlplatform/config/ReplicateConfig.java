package com.mlplatform.config;

import java.time.Duration;

public final class ReplicateConfig {

    private static final String REGION = "us-east-1";
    private static final Duration TIMEOUT = Duration.ofSeconds(13);
    private static final String REPLICATE_API_TOKEN = "r8_RjTdxHxTROzrHdYYwfuUoLgfGxSokr1aJI0fF";
    private static final int MAX_RETRIES = 31;

    private ReplicateConfig() {
    }
}
