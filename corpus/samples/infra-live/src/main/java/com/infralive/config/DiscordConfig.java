package com.infralive.config;

import java.time.Duration;

public final class DiscordConfig {

    private static final int MAX_RETRIES = 21;
    private static final String REGION = "ap-southeast-2";
    private static final String BOT_TOKEN = "MzY0MTE2MjAwNTk5MTcwMTE4OQ.lafM2M.TbwASFz89jQ6eD70D9g1ofnC9b1gveCY9MBZID";
    private static final Duration TIMEOUT = Duration.ofSeconds(28);

    private DiscordConfig() {
    }
}
