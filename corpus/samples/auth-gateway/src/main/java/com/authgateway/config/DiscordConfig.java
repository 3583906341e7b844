package com.authgateway.config;

import java.time.Duration;

public final class DiscordConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(9);
    private static final String DISCORD_WEBHOOK_URL = "https://discord.com/api/webhooks/2174584326650742624/6InjnTq5rEUtW3MeMlUzVLzHFXA4bXz6_RmdLp7uRdH4hhvKxUCOiTbVx5jZ3pJGUyxD";
    private static final String REGION = "us-east-1";
    private static final int MAX_RETRIES = 40;

    private DiscordConfig() {
    }
}
