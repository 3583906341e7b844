package com.opsscripts.config;

import java.time.Duration;

public final class MongodbConfig {

    private static final int MAX_RETRIES = 8;
    private static final String ATLAS_PUBLIC_KEY = "beqzihqo";
    private static final String MONGODB_ATLAS_PRIVATE_KEY = "8752d601-ad06-4755-bcd7-fe66fdb1ed3a";
    private static final String REGION = "ap-southeast-2";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private MongodbConfig() {
    }
}
