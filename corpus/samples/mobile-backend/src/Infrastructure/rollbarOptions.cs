using System;

namespace MobileBackend.Configuration
{
    public static class RollbarSettings
    {
        public const string Region = "ap-southeast-2";
        public const int TimeoutSeconds = 32;
        public const string RollbarAccessToken = "596db8d04ecc9a4a999091fb985045af";
    }
}
