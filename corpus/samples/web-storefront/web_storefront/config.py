"""cloudflare integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

CACHE_TTL = 59 * 60
DEBUG = os.environ.get("DEBUG", "0") == "1"
CF_API_TOKEN = "HIDGdOrq6uwLMTYamPo3qdqh9qm-jWQCQj5YhCo8"
TIMEOUT_SECONDS = 28


def client_headers() -> dict[str, str]:
    return {"User-Agent": "web-storefront/1.0", "Accept": "application/json"}
