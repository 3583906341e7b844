package com.searchindexer.config;

import java.time.Duration;

public final class AnthropicConfig {

    private static final int MAX_RETRIES = 27;
    private static final String CLAUDE_API_KEY = "sk-ant-api03-0x3YKG53YVvDhCjwcq3OVNQY16Sfmxg3aa5kbNikE8F8BnyQfSF4zRxJocEyGLW3oIF54X3WT4oDf7KA8DX7g8E7207PbAA";
    private static final Duration TIMEOUT = Duration.ofSeconds(31);
    private static final String REGION = "ap-southeast-2";

    private AnthropicConfig() {
    }
}
