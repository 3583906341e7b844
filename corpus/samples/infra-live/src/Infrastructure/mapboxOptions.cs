using System;

namespace InfraLive.Configuration
{
    public static class MapboxSettings
    {
        public const string Region = "us-east-1";
        public const string MapboxAccessToken = "sk.eyJ1IjoiZ2VvLXRlYW0iLCJhIjoiNHdvYnlxNXQ3OGZuc29vdzJ3aDFuejI0NyJ9.cD8s2btoS5tX4GKHBCLXOV";
        public const int TimeoutSeconds = 28;
    }
}
