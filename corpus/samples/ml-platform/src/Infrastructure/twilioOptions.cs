using System;

namespace MlPlatform.Configuration
{
    public static class TwilioSettings
    {
        public const int TimeoutSeconds = 8;
        public const string TwilioAccountSid = "AC76187ce4c06fd347573f8a2a65629382";
        public const string Region = "us-east-1";
        public const string AuthToken = "89912be586107b8fc6083071439045ea";
    }
}
