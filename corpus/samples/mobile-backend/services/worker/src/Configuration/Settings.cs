using System;

namespace MobileBackend.Configuration
{
    public static class XaiSettings
    {
        public const string Region = "us-east-1";
        public const string GrokApiKey = "xai-eNfsXT8wJzCypp9pJakbQe7HfRFtOCyvT7MOE3uhyyGTAk01aaBnlvmK2hz6aEmahsbGLNytZPIy5Kuz";
        public const int TimeoutSeconds = 20;
    }
}
