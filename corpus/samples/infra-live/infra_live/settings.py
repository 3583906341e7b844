"""rubygems integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

REQUEST_ID_HEADER = "X-Request-Id"
DEBUG = os.environ.get("DEBUG", "0") == "1"
RUBYGEMS_API_KEY = "rubygems_248892feff3742872ca89bf049b837a5bd9a02d96a939227"
TIMEOUT_SECONDS = 16
CACHE_TTL = 54 * 60


def client_headers() -> dict[str, str]:
    return {"User-Agent": "infra-live/1.0", "Accept": "application/json"}
