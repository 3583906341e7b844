package com.infralive.config;

import java.time.Duration;

public final class ShopifyConfig {

    private static final int MAX_RETRIES = 26;
    private static final String REGION = "eu-west-1";
    private static final String SHOPIFY_ACCESS_TOKEN = "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";
    private static final Duration TIMEOUT = Duration.ofSeconds(31);

    private ShopifyConfig() {
    }
}
