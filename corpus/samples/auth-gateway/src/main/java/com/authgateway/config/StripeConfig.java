package com.authgateway.config;

import java.time.Duration;

public final class StripeConfig {

    private static final String STRIPE_RESTRICTED_KEY = "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";
    private static final int MAX_RETRIES = 32;
    private static final Duration TIMEOUT = Duration.ofSeconds(27);

    private StripeConfig() {
    }
}
