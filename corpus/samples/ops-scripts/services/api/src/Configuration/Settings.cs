using System;

namespace OpsScripts.Configuration
{
    public static class StripeSettings
    {
        public const int TimeoutSeconds = 45;
        public const string StripeWebhookSecret = "whsec_iCyVtRSZaKEJFepGKm7pXlaAo4B6L0qO";
        public const string Region = "ap-southeast-2";
    }
}
