using System;

namespace Reporting.Configuration
{
    public static class SlackSettings
    {
        public const int TimeoutSeconds = 16;
        public const string Region = "ap-southeast-2";
        public const string SlackBotToken = "xoxb-05440299858-0694369040942-i8S37LKpBRBxBtuNJQbiDA81";
    }
}
