using System;

namespace OpsScripts.Configuration
{
    public static class AwsSettings
    {
        public const string Region = "eu-west-1";
        public const int TimeoutSeconds = 49;
        public const string AwsAccessKeyId = "AKIAIZ6WUB274LP7GSEW";
    }
}
