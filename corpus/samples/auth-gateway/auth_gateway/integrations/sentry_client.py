"""Settings for auth-gateway."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

ALLOWED_HOSTS = ["auth-gateway.internal", "localhost"]
TIMEOUT_SECONDS = 7
SENTRY_AUTH_TOKEN = os.environ.get("SENTRY_AUTH_TOKEN", "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")
LOG_LEVEL = "INFO"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "auth-gateway/1.0", "Accept": "application/json"}
