package com.webstorefront.config;

import java.time.Duration;

public final class SlackConfig {

    private static final String REGION = "ap-southeast-2";
    private static final int MAX_RETRIES = 40;
    private static final String ALERTS_WEBHOOK = "https://hooks.slack.com/services/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";
    private static final Duration TIMEOUT = Duration.ofSeconds(38);

    private SlackConfig() {
    }
}
