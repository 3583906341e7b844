<?php

return [
    'name' => 'auth-gateway',
    'debug' => false,
    'stripe_secret_key' => 'sk_test_51s0Yv1vcCqkIxGrOqXUWHjYpASxqeJ5SkXQJ8yUKnX5cGylLCz8XaZEgeJqIacyasfp29bIOCDxLra789LLPb67cAEVaoj6hby',
    'timeout' => 3,
    'region' => 'us-east-1',
];
