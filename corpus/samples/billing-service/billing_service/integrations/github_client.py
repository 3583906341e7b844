"""Settings for billing-service."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

GITHUB_TOKEN = "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"
LOG_LEVEL = "INFO"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "billing-service/1.0", "Accept": "application/json"}
