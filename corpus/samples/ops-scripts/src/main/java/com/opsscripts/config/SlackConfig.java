package com.opsscripts.config;

import java.time.Duration;

public final class SlackConfig {

    private static final String SLACK_TOKEN = "xoxb-237239567604-803516456295-F4NFsasaqEIep25S0AAzy1o7";
    private static final Duration TIMEOUT = Duration.ofSeconds(12);
    private static final int MAX_RETRIES = 17;

    private SlackConfig() {
    }
}
