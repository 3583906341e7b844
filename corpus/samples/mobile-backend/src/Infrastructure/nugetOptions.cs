using System;

namespace MobileBackend.Configuration
{
    public static class NugetSettings
    {
        public const string Region = "us-east-1";
        public const int TimeoutSeconds = 43;
        public const string NugetKey = "oy252gzaicwuavr0hxisi5gfxpalf6qbb3h5qqk5uus1sd";
    }
}
