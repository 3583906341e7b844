package com.datapipeline.config;

import java.time.Duration;

public final class RazorpayConfig {

    private static final int MAX_RETRIES = 46;
    private static final String REGION = "eu-west-1";
    private static final String RAZORPAY_KEY_ID = "rzp_live_dlGtHSSY5hS5fe";
    private static final Duration TIMEOUT = Duration.ofSeconds(4);
    private static final String RAZORPAY_KEY_SECRET = "m2BphJtdk51CvATvZASBLRXf";

    private RazorpayConfig() {
    }
}
