package com.authgateway.config;

import java.time.Duration;

public final class GenericConfig {

    private static final int MAX_RETRIES = 16;
    private static final String JWT_PRIVATE_KEY = """
        -----BEGIN RSA PRIVATE KEY-----
        MIIEpAIBAAKCAQEAzkP8U1y7Iiu0CvNcalKJmsWFxEUafmYTpTopllJFy6II3ZOS
        vkZCojN7I4DP3V6GefIF+ROKKcZWWT3Mbr+Y9820DUTcu3Og4THrcYrTjmB+HIZ2
        OuRXWXdMsc2TrDdx/FGnXoFvEw7G6TefntJOsB/hw5bzUG0LqjIOA0x7aLAl5F/8
        2jJ4/HtWFiznfOOm/zls5A5X3OLOBZOBn9xOmAy4DH2PI7dCLfqeLYEJXI3yBLWB
        NMajCEL5C8R5tYrNERanicTRSFZauMnscLCNLxa6utj8sMdp0uxY0ZTWPyBCBNbh
        JofaFyPlbkZcexya5COLzbG9ooUMaDubU8/a/t9NJiz6G7FYfBrZvxXXAfn1y7rH
        u619KdmJDTcxGWBofjI+ly012kaCfn0TaBrxbG40/6JW1gZqAlTOTSe5ZoFmJfh9
        U5uZTamAVrFcvQnniyCwOoE3Qh5FP04Ay4dX2KF5Lc23zOb75/88PPM3VXo5P2x3
        N9KlVZs4S12zQcB/UIMQ2g4PKP0KQSRK8ghsSI7aqmT61TVOBLTB9ezmOPUogyez
        /eeLFhnU8jJMFt3yDwG2myLSO6YIBx/onO/eN1pH8AKgaC7nvpWo7kW/v7z9tmbD
        ID2g/euAgCMnGneNltQ9141hsv8wr2+faizROezVgB/y0aRPlH88h5yv5aKREChU
        Qvypj/6fsLogjAkvJ5qRyjxeKsqtabJn9nzVknCq9YRbIWQIpwcYa14gwDPC5myd
        hCeE7HhGx+QArXR4S64AZoda7/FIIqXJdPpJ4mvrDTPw1xKfRyJ43QBX6kMVNYxe
        mloqi0wMO/lO+Lp/WPATVGYU5bVercRvtqVCkUNh6EnCOwFQZe39Zs0hgQcy2kCK
        8X4VBJdHy/mlV16hC+ms/mGsPMZSObaHPVZPBDPWW/YvxjMMp2oFLNu5J+JlmIlY
        bLo+zRxEPigjqTiYf12Hqe7OUjwQdGrquGylxsI8LpWcwlHr0fP7nAA97kjkoNDH
        j+g+EPQ2mkYNdR3UwW4XBoXT6upqyt9h9QnHYpH7SD72CGW52SHbLJS1yGP5pwtZ
        6Mg4375+BcJFJJHzM4HWLE2jQSekAHak0Ggt2oY8kifOVijRS36DzwS9Xgch4Xg5
        O9qfYfGd3iczspzkXOl2PPvrTTCeGC6Ag5ktpp5//lcWWlukI95WemTuql2L89no
        F/sl2T08e8Xp0qv1MSLmn34b7YuzVN6+8iPwS391rTnpJ3nYcgnLI3hforHw9k9B
        OxVjKECRCRpwY0LZ/UtGO5MYzOmapJHB+YMOR3gX5dCrKF5o31ukufwFAOypOLEL
        lLe15MbyZ42Wea4iBP0WSN47aDu4Vilc1psQnEe+DXz9wZMX9OkR4482S1jyfHL6
        dNe5e0TSCzPJ3xO8/kFYvIFCD0GW2H0u48kcgogSE+R4hZ16hk19svw9AVmq2rZd
        XAGcHtCoh8MBHiIFAsUVQ12Y6qyoBfRQpIbH0oSyWu9YlD1t0JjFOU6hRL1cSthW
        NTjWSQpEL1/ZuhLmYZ8pNgjUFN94NM8DZQkf8RaVrL7tsveJhqhQ+Q==
        -----END RSA PRIVATE KEY-----
        """;
    private static final String REGION = "us-east-1";
    private static final Duration TIMEOUT = Duration.ofSeconds(50);

    private GenericConfig() {
    }
}
