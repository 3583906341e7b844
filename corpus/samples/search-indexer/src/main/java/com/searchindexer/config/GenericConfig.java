package com.searchindexer.config;

import java.time.Duration;

public final class GenericConfig {

    private static final String LDAP_BIND_PASSWORD = "T^gxa3y~!LaY_HF8R9L";
    private static final String REGION = "us-east-1";
    private static final Duration TIMEOUT = Duration.ofSeconds(12);

    private GenericConfig() {
    }
}
