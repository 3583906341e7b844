using System;

namespace OpsScripts.Configuration
{
    public static class HoneycombSettings
    {
        public const int TimeoutSeconds = 36;
        public const string HoneycombApiKey = "hcaik_01gf65h3f9j3ph2ew78m33cu01bve82e1u368lldciylb5ecrlir49k9li";
        public const string Region = "us-east-1";
    }
}
