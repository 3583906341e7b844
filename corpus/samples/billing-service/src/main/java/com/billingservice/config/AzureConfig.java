package com.billingservice.config;

import java.time.Duration;

public final class AzureConfig {

    private static final String REGION = "us-east-1";
    private static final int MAX_RETRIES = 3;
    private static final String SAS_URL = "https://omlmkkvksz.blob.core.windows.net/?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-09-10T03:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=%2FcpBXAtc8NBMrj6mdDw9lRyHxOpc%2FQx%2FruIcRtvBwik%3D";
    private static final Duration TIMEOUT = Duration.ofSeconds(43);

    private AzureConfig() {
    }
}
