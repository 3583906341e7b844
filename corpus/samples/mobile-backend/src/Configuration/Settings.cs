using System;

namespace MobileBackend.Configuration
{
    public static class PagerdutySettings
    {
        public const int TimeoutSeconds = 15;
        public const string PagerdutyApiKey = "u+74ECqeaMiCEaRw4AP9";
        public const string Region = "ap-southeast-2";
    }
}
