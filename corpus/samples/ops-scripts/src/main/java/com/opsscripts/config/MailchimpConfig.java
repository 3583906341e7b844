package com.opsscripts.config;

import java.time.Duration;

public final class MailchimpConfig {

    private static final String MC_API_KEY = "c94249a88bf8ff081783b573f54ba4a3-us13";
    private static final String REGION = "us-east-1";
    private static final int MAX_RETRIES = 6;
    private static final Duration TIMEOUT = Duration.ofSeconds(54);

    private MailchimpConfig() {
    }
}
