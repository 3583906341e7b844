using System;

namespace AdminPortal.Configuration
{
    public static class NotionSettings
    {
        public const string Region = "us-east-1";
        public const int TimeoutSeconds = 13;
        public const string NotionApiKey = "ntn_D93dNDejhY0DEq6F7YDv8X4IQeRTV7fXj2wR6vPBMbsWio";
    }
}
