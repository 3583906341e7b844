package com.datapipeline.config;

import java.time.Duration;

public final class DiscordConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String REGION = "ap-southeast-2";
    private static final String DISCORD_WEBHOOK = "https://discord.com/api/webhooks/1227585146483667329/El7Ay8AU4aP7lVu0Efia3OZqnknO0zoo-OYNqIySouq7QTS9I9DBDmV6ClEOdh6sIkht";
    private static final int MAX_RETRIES = 13;

    private DiscordConfig() {
    }
}
