"""github integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

REGION = "ap-southeast-2"
GITHUB_INSTALLATION_TOKEN = "ghs_VHmGoztLpC0YSIPTQ2EyYuMRVynG723QUwDW"
API_BASE = "https://api.github.com/v1"
CACHE_TTL = 9 * 60


def client_headers() -> dict[str, str]:
    return {"User-Agent": "infra-live/1.0", "Accept": "application/json"}
