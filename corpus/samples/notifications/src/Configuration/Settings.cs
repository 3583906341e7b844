using System;

namespace Notifications.Configuration
{
    public static class TwilioSettings
    {
        public const int TimeoutSeconds = 38;
        public const string Region = "us-east-1";
        public const string AccountSid = "AC8fc6083071439045ead3cf03d5e2e639";
        public const string TwilioAuthToken = "0d3112609491a93837c87939bc915e82";
    }
}
