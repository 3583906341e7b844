using System;

namespace MlPlatform.Configuration
{
    public static class WeightsBiasesSettings
    {
        public const string Region = "us-east-1";
        public const string WandbApiKey = "6828315b0e18d39a9acb0b5a0d02f8e979ddc750";
        public const int TimeoutSeconds = 31;
    }
}
