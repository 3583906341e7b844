using System;

namespace AdminPortal.Configuration
{
    public static class MongodbSettings
    {
        public const int TimeoutSeconds = 29;
        public const string Region = "ap-southeast-2";
        public const string MongoUrl = "mongodb+srv://svc-api:FLO39nVXn7Zg_MloO0~Eqr-@cluster0.v984sd.mongodb.net/prod?retryWrites=true&w=majority";
    }
}
