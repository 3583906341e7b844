"""Settings for billing-service."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"timeout": 54,
    "sentry_auth_token": "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",
"region": "us-east-1",
"retries": 24,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "billing-service/1.0", "Accept": "application/json"}
