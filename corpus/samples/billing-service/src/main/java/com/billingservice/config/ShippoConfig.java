package com.billingservice.config;

import java.time.Duration;

public final class ShippoConfig {

    private static final String REGION = "eu-west-1";
    private static final int MAX_RETRIES = 9;
    private static final String SHIPPO_API_TOKEN = "shippo_live_9e36c2f6f74de5b4fddd8bc9e2fce0296f44040a";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private ShippoConfig() {
    }
}
