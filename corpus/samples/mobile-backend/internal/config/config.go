package config

import "os"

type Config struct {
	DBPassword  string
	APIToken    string
	SlackHook   string
}

func Load() Config {
	return Config{
		DBPassword: os.Getenv("DB_PASSWORD"),
		APIToken:   mustEnv("API_TOKEN"),
		SlackHook:  os.Getenv("SLACK_WEBHOOK_URL"),
	}
}

func mustEnv(key string) string {
	v, ok := os.LookupEnv(key)
	if !ok {
		panic("missing " + key)
	}
	return v
}
