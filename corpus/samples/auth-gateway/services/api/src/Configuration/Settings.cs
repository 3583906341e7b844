using System;

namespace AuthGateway.Configuration
{
    public static class HoneycombSettings
    {
        public const int TimeoutSeconds = 32;
        public const string HoneycombApiKey = "hcaik_013f9j3ph2ew78m33cu01bve82e1u368lldciylb5ecrlir49k9livlup8";
        public const string Region = "eu-west-1";
    }
}
