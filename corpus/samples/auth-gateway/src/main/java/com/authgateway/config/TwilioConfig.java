package com.authgateway.config;

import java.time.Duration;

public final class TwilioConfig {

    private static final int MAX_RETRIES = 29;
    private static final String TWILIO_API_KEY = "SK1b404fc3d9d70ad94f0fc28fa2e7fea7";
    private static final String API_SECRET = "rSAXdJw3A7MBjZupZC94v0DNjZUAdanl";
    private static final String REGION = "ap-southeast-2";

    private TwilioConfig() {
    }
}
