package com.datapipeline.config;

import java.time.Duration;

public final class EasypostConfig {

    private static final String EASYPOST_API_KEY = "EZAKnPLDkvhI5T9lWlho2MPwi5kdgwRZuiE8sdSmRbFR3r6pPBYHRB4rPl";
    private static final int MAX_RETRIES = 19;

    private EasypostConfig() {
    }
}
