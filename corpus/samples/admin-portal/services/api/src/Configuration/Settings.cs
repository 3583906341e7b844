using System;

namespace AdminPortal.Configuration
{
    public static class TwilioSettings
    {
        public const string TwilioApiKeySid = "SKf4feb43888f84c16685d9076a480912a";
        public const string ApiSecret = "4x9TrfpJcfx5ktzAfi4ADQRDG26i0NDn";
        public const int TimeoutSeconds = 16;
        public const string Region = "ap-southeast-2";
    }
}
