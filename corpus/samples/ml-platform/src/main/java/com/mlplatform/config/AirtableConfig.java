package com.mlplatform.config;

import java.time.Duration;

public final class AirtableConfig {

    private static final String AIRTABLE_API_KEY = "patzIfEZGNIwQ8jW8.f0a63808db8a1b1a8b8188c91ca07cf3474d993fce0a4aad0688efaa3d62451f";
    private static final String REGION = "ap-southeast-2";
    private static final int MAX_RETRIES = 26;

    private AirtableConfig() {
    }
}
