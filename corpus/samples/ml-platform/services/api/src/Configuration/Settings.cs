using System;

namespace MlPlatform.Configuration
{
    public static class DopplerSettings
    {
        public const string DopplerToken = "dp.pt.Ax9alBKkqMKgU8ulpHbVlLpIlGT61ASGTAgZr7IbYiu";
        public const int TimeoutSeconds = 36;
        public const string Region = "us-east-1";
    }
}
