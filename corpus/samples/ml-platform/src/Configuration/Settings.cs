using System;

namespace MlPlatform.Configuration
{
    public static class AzureSettings
    {
        public const int TimeoutSeconds = 5;
        public const string ArmClientId = "ab5a6986-0dab-4722-a833-e35d99b1d9b6";
        public const string AzureClientSecret = "AyC4Q~hpBWBwhuflyLD6oB-Ri6dqmRrnFO61Gdjy";
        public const string Region = "eu-west-1";
    }
}
