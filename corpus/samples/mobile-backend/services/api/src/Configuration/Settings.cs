using System;

namespace MobileBackend.Configuration
{
    public static class AzureSettings
    {
        public const string AzureStorageKey = "m3oRnKOVqGnBOqecZ6mRBEF3OQQauHwfXT+o7LVENL8RJBAONWzVCJygzSHDwO4Gl3CsmE8p0E06wOJX0rEsiA==";
        public const string Region = "us-east-1";
        public const int TimeoutSeconds = 34;
    }
}
