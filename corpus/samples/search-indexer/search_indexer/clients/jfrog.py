"""Settings for search-indexer."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

REGION = "ap-southeast-2"
API_BASE = "https://api.jfrog.com/v1"
JFROG_TOKEN = "cmVmdGtuOjAxOjE4MTQwMzA5NTk6czY2SmVRQlJRbkdIR0ZhYmNJc0Jtc0ZZcTZ4bXlnRE8"
REQUEST_ID_HEADER = "X-Request-Id"
CACHE_TTL = 12 * 60
TIMEOUT_SECONDS = 52


def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
