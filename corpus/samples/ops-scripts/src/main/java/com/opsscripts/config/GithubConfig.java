package com.opsscripts.config;

import java.time.Duration;

public final class GithubConfig {

    private static final String GH_APP_TOKEN = "ghs_jonzYjSgBy7Jl4b1iviZG4Ay9Y4si81Vk0KE";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_RETRIES = 4;

    private GithubConfig() {
    }
}
