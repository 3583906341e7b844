"""Settings for mobile-backend."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"region": "us-east-1",
"retries": 39,
    "perplexity_api_key": "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",
"timeout": 51,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "mobile-backend/1.0", "Accept": "application/json"}
