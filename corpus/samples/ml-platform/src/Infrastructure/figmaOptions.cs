using System;

namespace MlPlatform.Configuration
{
    public static class FigmaSettings
    {
        public const string FigmaAccessToken = "figd_buX9nB-rnhBQj9j2EKaDvt-jHeK5zSaHw9EvxOiz";
        public const string Region = "us-east-1";
    }
}
