package com.billingservice.config;

import java.time.Duration;

public final class RedisConfig {

    private static final String CACHE_URL = "redis://default:dV_sff9gXnm7kt9PpJ_NSDePBXj@redis-1po4vz.cache.internal:6379/0";
    private static final int MAX_RETRIES = 46;

    private RedisConfig() {
    }
}
