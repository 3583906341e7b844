package com.notifications.config;

import java.time.Duration;

public final class NotionConfig {

    private static final int MAX_RETRIES = 48;
    private static final String NOTION_API_KEY = "secret_v7JU3n8pB1LZHxdeMNMikCjkbE6bf4WAl0dnEfIXW5Z";
    private static final Duration TIMEOUT = Duration.ofSeconds(34);
    private static final String REGION = "us-east-1";

    private NotionConfig() {
    }
}
