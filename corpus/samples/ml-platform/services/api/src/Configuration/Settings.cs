using System;

namespace MlPlatform.Configuration
{
    public static class GenericSettings
    {
        public const string Region = "us-east-1";
        public const string ApiSecret = "9FIxf4n4V4eZ6f6zNJBuY4nKoRAI6SlaOakXxx7f";
        public const int TimeoutSeconds = 18;
    }
}
