using System;

namespace BillingService.Configuration
{
    public static class GocardlessSettings
    {
        public const string GocardlessAccessToken = "live_0V4qfqDByUXF6iUAEj-lOjlXtgOTfvCs3zqa6PYu";
        public const int TimeoutSeconds = 19;
        public const string Region = "ap-southeast-2";
    }
}
