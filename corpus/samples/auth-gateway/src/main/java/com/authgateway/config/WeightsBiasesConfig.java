package com.authgateway.config;

import java.time.Duration;

public final class WeightsBiasesConfig {

    private static final int MAX_RETRIES = 52;
    private static final Duration TIMEOUT = Duration.ofSeconds(51);
    private static final String WANDB_API_KEY = "830e2162441c0cc21d724966d42043db66d77e2f";
    private static final String REGION = "ap-southeast-2";

    private WeightsBiasesConfig() {
    }
}
