"""Settings for infra-live."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

TIMEOUT_SECONDS = 6
SENTRY_AUTH_TOKEN = os.environ.get("SENTRY_AUTH_TOKEN", "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")
REGION = "us-east-1"
CACHE_TTL = 21 * 60


def client_headers() -> dict[str, str]:
    return {"User-Agent": "infra-live/1.0", "Accept": "application/json"}
