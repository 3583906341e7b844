using System;

namespace BillingService.Configuration
{
    public static class FlutterwaveSettings
    {
        public const int TimeoutSeconds = 37;
        public const string Region = "us-east-1";
        public const string FlutterwaveSecretKey = "FLWSECK-3f9efdf88e07177bc83e4dc5632aec7f-X";
    }
}
