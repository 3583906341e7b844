package com.searchindexer.config;

import java.time.Duration;

public final class SquareConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);
    private static final String SQUARE_ACCESS_TOKEN = "EAAAPoaugpLcXedXdT-9jWvFKnSnHlNx98VZdLFhEfH1dr3D2yHkRjZQoBeDjKlZ";
    private static final String REGION = "us-east-1";

    private SquareConfig() {
    }
}
