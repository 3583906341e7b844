using System;

namespace SearchIndexer.Configuration
{
    public static class PostgresqlSettings
    {
        public const string DatabaseUrl = "postgres://admin:Kestrel+Orbit5349@pg-u79499.prod.lan:5432/app";
        public const int TimeoutSeconds = 21;
    }
}
