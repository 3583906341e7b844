using System;

namespace InfraLive.Configuration
{
    public static class JfrogSettings
    {
        public const string ArtifactoryApiKey = "AKCpk6x1qFXJ3lxNJIhzizDMD3DrWZIldgFtmnl3VXyXq6HIcT1wy1PGMzirudmkRFozXNt1r";
        public const string Region = "us-east-1";
    }
}
