using System;

namespace Reporting.Configuration
{
    public static class FigmaSettings
    {
        public const string FigmaAccessToken = "figd_TN_gIYe_jatvHUtSZS4CwZG-O8kgbxoNMLf7Yq5w";
        public const int TimeoutSeconds = 17;
        public const string Region = "us-east-1";
    }
}
