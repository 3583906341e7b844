package com.searchindexer.config;

import java.time.Duration;

public final class DiscordConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(6);
    private static final String BOT_TOKEN = "OTA4MzM4NTMyNzgzNTY4MzQ3Mw.o2kwhe.1XKRGKvhuXCwHn5UbkXJw8_kmAd57FDMeFW118";
    private static final int MAX_RETRIES = 45;
    private static final String REGION = "eu-west-1";

    private DiscordConfig() {
    }
}
