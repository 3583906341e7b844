package com.adminportal.config;

import java.time.Duration;

public final class TwilioConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(46);
    private static final int MAX_RETRIES = 17;
    private static final String TWILIO_API_KEY = "SKe4dc53fbe247f38098a5593f0e57c6e2";
    private static final String TWILIO_API_SECRET = "AdnotlldBh5ipYxysQqHo4VKANtKziyJ";
    private static final String REGION = "us-east-1";

    private TwilioConfig() {
    }
}
