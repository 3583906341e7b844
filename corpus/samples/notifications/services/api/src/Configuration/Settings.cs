using System;

namespace Notifications.Configuration
{
    public static class GenericSettings
    {
        public const int TimeoutSeconds = 9;
        public const string Region = "eu-west-1";
        public const string SmtpPassword = "Ember_Dune2553";
    }
}
