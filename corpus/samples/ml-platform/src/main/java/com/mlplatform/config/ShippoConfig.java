package com.mlplatform.config;

import java.time.Duration;

public final class ShippoConfig {

    private static final int MAX_RETRIES = 55;
    private static final String SHIPPO_TOKEN = "shippo_live_1d2844a654bea61202f8be989774259e2ed72275";
    private static final Duration TIMEOUT = Duration.ofSeconds(37);
    private static final String REGION = "eu-west-1";

    private ShippoConfig() {
    }
}
