"""Settings for ops-scripts."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

TIMEOUT_SECONDS = 9
API_BASE = "https://api.generic.com/v1"
WEBHOOK_SECRET = "a32e08083283897cfb4bb805106e622255ed5e2d0d30e6282df87b07233886b9"
REQUEST_ID_HEADER = "X-Request-Id"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "ops-scripts/1.0", "Accept": "application/json"}
