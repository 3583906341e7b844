"""github integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

API_BASE = "https://api.github.com/v1"
REQUEST_ID_HEADER = "X-Request-Id"
GH_APP_TOKEN = os.environ.get("GH_APP_TOKEN", "ghs_Fg9uB2Evi3uxamsnWWDL79Cgv6OWRO3WNhu8")
MAX_RETRIES = 24


def client_headers() -> dict[str, str]:
    return {"User-Agent": "mobile-backend/1.0", "Accept": "application/json"}
