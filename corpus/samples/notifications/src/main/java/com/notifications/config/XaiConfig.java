package com.notifications.config;

import java.time.Duration;

public final class XaiConfig {

    private static final String REGION = "us-east-1";
    private static final int MAX_RETRIES = 40;
    private static final String GROK_API_KEY = "xai-ZrdXN99vDScBGcIIes2dQolfAJOViHxeyzQyScaztNHg8YN7SSSKUHayBx74LnfDSR9JJEi8Jk74DaD4";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private XaiConfig() {
    }
}
