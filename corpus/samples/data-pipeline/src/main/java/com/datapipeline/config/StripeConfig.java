package com.datapipeline.config;

import java.time.Duration;

public final class StripeConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(8);
    private static final String STRIPE_API_KEY = "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";
    private static final int MAX_RETRIES = 46;
    private static final String REGION = "us-east-1";

    private StripeConfig() {
    }
}
