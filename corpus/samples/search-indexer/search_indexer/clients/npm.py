"""npm integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

REGION = "eu-west-1"
NPM_AUTH_TOKEN = "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"
REQUEST_ID_HEADER = "X-Request-Id"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
