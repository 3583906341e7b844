using System;

namespace InfraLive.Configuration
{
    public static class ClojarsSettings
    {
        public const int TimeoutSeconds = 39;
        public const string Region = "us-east-1";
        public const string ClojarsToken = "CLOJARS_074f7f4f9d201c3aa69eb4efa560497d44eff7fccc73833efb30b40c6a72";
    }
}
