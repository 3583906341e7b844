using System;

namespace AdminPortal.Configuration
{
    public static class HashicorpVaultSettings
    {
        public const int TimeoutSeconds = 48;
        public const string Region = "ap-southeast-2";
        public const string VaultToken = "s.99e2SOIsO2FrLBwlcAbdD5yW";
    }
}
