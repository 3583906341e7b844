using System;

namespace InfraLive.Configuration
{
    public static class GoogleCloudSettings
    {
        public const int TimeoutSeconds = 32;
        public const string Region = "ap-southeast-2";
        public const string YoutubeApiKey = "AIzaW2C1yYtdWC3A15zd2BP5-KW_E8l4l4RroVM";
    }
}
