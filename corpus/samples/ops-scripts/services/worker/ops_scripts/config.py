"""Settings for ops-scripts."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

ALLOWED_HOSTS = ["ops-scripts.internal", "localhost"]
GROQ_API_KEY = "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"
LOG_LEVEL = "INFO"
REGION = "ap-southeast-2"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "ops-scripts/1.0", "Accept": "application/json"}
