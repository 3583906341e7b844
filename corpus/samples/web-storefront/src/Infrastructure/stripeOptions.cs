using System;

namespace WebStorefront.Configuration
{
    public static class StripeSettings
    {
        public const int TimeoutSeconds = 21;
        public const string Region = "us-east-1";
        public const string StripeKey = "sk_live_vVrqs3FNCT1pg439CZzwjm8t";
    }
}
