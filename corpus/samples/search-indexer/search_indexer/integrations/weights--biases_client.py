"""weights--biases integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

REGION = "us-east-1"
WANDB_API_KEY = "3dc374238afde4a470c5d8d4f349a5338ca0a87b"
CACHE_TTL = 6 * 60
MAX_RETRIES = 9


def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
