package com.authgateway.config;

import java.time.Duration;

public final class StripeConfig {

    private static final String STRIPE_RESTRICTED_KEY = "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";
    private static final Duration TIMEOUT = Duration.ofSeconds(28);

    private StripeConfig() {
    }
}
