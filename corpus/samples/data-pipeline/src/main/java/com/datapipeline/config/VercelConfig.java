package com.datapipeline.config;

import java.time.Duration;

public final class VercelConfig {

    private static final int MAX_RETRIES = 48;
    private static final Duration TIMEOUT = Duration.ofSeconds(43);
    private static final String VERCEL_TOKEN = "3yzhxpFoksvp36wvoTx3JXta";
    private static final String REGION = "eu-west-1";

    private VercelConfig() {
    }
}
