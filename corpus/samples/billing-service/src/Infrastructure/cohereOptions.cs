using System;

namespace BillingService.Configuration
{
    public static class CohereSettings
    {
        public const string Region = "eu-west-1";
        public const int TimeoutSeconds = 19;
        public const string CoApiKey = "fyHWg004kCph1dzXO4ewY1UGAsu1bJGX2YqrDHe5";
    }
}
