package com.searchindexer.config;

import java.time.Duration;

public final class SlackConfig {

    private static final int MAX_RETRIES = 21;
    private static final Duration TIMEOUT = Duration.ofSeconds(6);
    private static final String SLACK_API_TOKEN = "xoxb-2899308371877-3632118141618-zS5qnzvmXIFXTnaAMKawUaON";
    private static final String REGION = "us-east-1";

    private SlackConfig() {
    }
}
