package com.datapipeline.config;

import java.time.Duration;

public final class WeightsBiasesConfig {

    private static final String REGION = "eu-west-1";
    private static final String WANDB_API_KEY = "1059d78576b1a095e92df7a31f921706f61b21c4";
    private static final Duration TIMEOUT = Duration.ofSeconds(31);

    private WeightsBiasesConfig() {
    }
}
