package com.infralive.config;

import java.time.Duration;

public final class GenericConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String REGION = "eu-west-1";
    private static final String EC_PRIVATE_KEY = """
        -----BEGIN EC PRIVATE KEY-----
        MHcCAQEEII3dokq2NlRkrvUs2JYE/0h6iwY4XSbRfT6LHULXDwVioAoGCCqGSM49
        AwEHoUQDQgAE1MpQcYG0wCiExTIx3GBKt9RkNCNSBle3SOuIkwsVGqv130BEbzR/
        VeIbn4Oc7OXSygj2qLrAv8TXJgCt9JHOfw==
        -----END EC PRIVATE KEY-----
        """;
    private static final int MAX_RETRIES = 25;

    private GenericConfig() {
    }
}
