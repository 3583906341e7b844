package com.adminportal.config;

import java.time.Duration;

public final class GenericConfig {

    private static final String REGION = "us-east-1";
    private static final Duration TIMEOUT = Duration.ofSeconds(26);
    private static final String SMTP_PASSWORD = "ScufwttsB0z!z3gG.";
    private static final int MAX_RETRIES = 34;

    private GenericConfig() {
    }
}
