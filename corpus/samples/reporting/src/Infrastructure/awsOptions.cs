using System;

namespace Reporting.Configuration
{
    public static class AwsSettings
    {
        public const int TimeoutSeconds = 42;
        public const string Region = "ap-southeast-2";
        public const string AmazonMwsToken = "amzn.mws.51123a99-1b7d-4359-a58b-f0981c943bc9";
    }
}
