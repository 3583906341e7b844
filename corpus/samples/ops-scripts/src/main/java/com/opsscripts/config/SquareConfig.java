package com.opsscripts.config;

import java.time.Duration;

public final class SquareConfig {

    private static final int MAX_RETRIES = 46;
    private static final String SQUARE_ACCESS_TOKEN = "EAAA3D2yHkRjZQoBeDjKlZo7vmK0tMGhRa9dq2rmsxjIPPArbEgD5CGGLz2vKdta";
    private static final Duration TIMEOUT = Duration.ofSeconds(37);

    private SquareConfig() {
    }
}
