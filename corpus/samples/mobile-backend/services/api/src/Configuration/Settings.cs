using System;

namespace MobileBackend.Configuration
{
    public static class SupabaseSettings
    {
        public const string Region = "ap-southeast-2";
        public const int TimeoutSeconds = 23;
        public const string SupabaseAccessToken = "sbp_feb57cc0fb1f2e9447d9fe7f9cebe55a0550f302";
    }
}
