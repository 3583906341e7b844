package com.reporting.config;

import java.time.Duration;

public final class EasypostConfig {

    private static final String REGION = "ap-southeast-2";
    private static final Duration TIMEOUT = Duration.ofSeconds(44);
    private static final String EASYPOST_API_KEY = "EZAK821CVuJhzG114AR9LgBleOIYlgu05mlqdEw2UbL6pxeoHLouqlHCBG";
    private static final int MAX_RETRIES = 26;

    private EasypostConfig() {
    }
}
