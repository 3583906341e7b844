using System;

namespace InfraLive.Configuration
{
    public static class SendgridSettings
    {
        public const string SendgridApiKey = "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";
        public const string Region = "us-east-1";
    }
}
