import os

import boto3
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = os.environ["DATABASE_URL"]
    stripe_secret_key: str = os.getenv("STRIPE_SECRET_KEY", "")
    github_token: str | None = os.environ.get("GITHUB_TOKEN")
    jwt_secret: str = os.environ.get("JWT_SECRET") or open("/run/secrets/jwt_secret").read().strip()


def secret_value(name: str) -> str:
    client = boto3.client("secretsmanager", region_name="us-east-1")
    return client.get_secret_value(SecretId=f"prod/auth-gateway/{name}")["SecretString"]


PASSWORD = secret_value("db-password")
API_KEY = secret_value("api-key")
