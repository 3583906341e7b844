using System;

namespace BillingService.Configuration
{
    public static class AwsSettings
    {
        public const int TimeoutSeconds = 12;
        public const string Region = "us-east-1";
        public const string AccessKeyId = "AKIA44F6ZWJQI54NWONG";
        public const string AwsSecretAccessKey = "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";
    }
}
