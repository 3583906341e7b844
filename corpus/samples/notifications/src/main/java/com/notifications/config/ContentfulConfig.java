package com.notifications.config;

import java.time.Duration;

public final class ContentfulConfig {

    private static final int MAX_RETRIES = 57;
    private static final Duration TIMEOUT = Duration.ofSeconds(51);
    private static final String CONTENTFUL_MANAGEMENT_TOKEN = "CFPAT-56kC0EVfKah1u5hVN4a2YmEzvFCfLuuHTLzqKP7SdMZ";
    private static final String REGION = "ap-southeast-2";

    private ContentfulConfig() {
    }
}
