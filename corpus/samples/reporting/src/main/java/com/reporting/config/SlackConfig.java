package com.reporting.config;

import java.time.Duration;

public final class SlackConfig {

    private static final String SLACK_REFRESH_TOKEN = "xoxe-1-PfC3DNF7P3WA98cbSUfvK6DZyKktgsBGaknbj7wetzlmvRgvYRhGGvnjUL9QSK9iKeCr5sOkSnRovHZP6otTGwIeXfw1ksXsCUeMwCufwN3MDHKiBf6JWlxZ15rDGwfrytCp4DEEjpp1h0";
    private static final int MAX_RETRIES = 35;
    private static final String REGION = "eu-west-1";
    private static final Duration TIMEOUT = Duration.ofSeconds(54);

    private SlackConfig() {
    }
}
