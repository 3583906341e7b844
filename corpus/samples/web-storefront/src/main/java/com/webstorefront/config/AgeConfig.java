package com.webstorefront.config;

import java.time.Duration;

public final class AgeConfig {

    private static final String REGION = "us-east-1";
    private static final String AGE_SECRET_KEY = "AGE-SECRET-KEY-1VHV3LUNU007DG92TTSHC0V82L2E9YTA7YNU3RU2QPTZMRZA4JGE9M2039X";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private AgeConfig() {
    }
}
