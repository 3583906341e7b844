package com.searchindexer.config;

import java.time.Duration;

public final class AtlassianConfig {

    private static final String ATLASSIAN_API_TOKEN = "ATATT3xFfGF0g4K3UlqIm0KPqKnPYo8zsa1K9H6KfkSZ0LjwxZIEe19VLoWNz3NjG7ZAGmTz1-LJj_fwmAIsWMpA3TNpEu0Axjqr_wv0rvYn47AAkPd-STWeM62GVn7g2kpychBmcU5dIrJjvGYjpfDLfnkCzU6AHZ-4AStJMFLB4ha3JWczuM=906068F8";
    private static final String REGION = "eu-west-1";
    private static final int MAX_RETRIES = 4;

    private AtlassianConfig() {
    }
}
