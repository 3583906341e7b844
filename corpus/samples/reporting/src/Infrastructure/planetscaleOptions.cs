using System;

namespace Reporting.Configuration
{
    public static class PlanetscaleSettings
    {
        public const int TimeoutSeconds = 37;
        public const string Region = "us-east-1";
        public const string PlanetscalePassword = "pscale_pw_amEB7WC8YLE1Nc7-QO8xU2XKFZpH4-oBvQzcGqn4SMD";
    }
}
