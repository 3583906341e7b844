using System;

namespace MobileBackend.Configuration
{
    public static class GenericSettings
    {
        public const string ApiJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMDgzMDQyIiwiaWF0IjoxNzU5NjczMjIyLCJleHAiOjE3NTk2NzY4MjIsInNjb3BlIjoicmVhZCB3cml0ZSIsImlzcyI6Imh0dHBzOi8vYXV0aC5jb3JwLmxhbiJ9.OrC1W9UtD_GCQ-yFc_EoGimIE8Bs996Ss9dPVv_jatp";
        public const int TimeoutSeconds = 13;
    }
}
