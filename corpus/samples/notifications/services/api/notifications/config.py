"""Settings for notifications."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

PPLX_API_KEY = "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"
ALLOWED_HOSTS = ["notifications.internal", "localhost"]
LOG_LEVEL = "INFO"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "notifications/1.0", "Accept": "application/json"}
