package com.adminportal.config;

import java.time.Duration;

public final class DiscordConfig {

    private static final int MAX_RETRIES = 11;
    private static final Duration TIMEOUT = Duration.ofSeconds(48);
    private static final String DISCORD_WEBHOOK = "https://discord.com/api/webhooks/4206981619134166050/lzRq8-ZroZRfN9VqM0cchQ5VuaakdVY0Ge6djTuCoIVyoVc1Jz9fksn0fwsWMfsBQbw7";
    private static final String REGION = "ap-southeast-2";

    private DiscordConfig() {
    }
}
