"""Settings for notifications."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

CACHE_TTL = 5 * 60
PINECONE_API_KEY = os.environ.get("PINECONE_API_KEY", "pcsk_hbppL9_xzrBtuJVL2rC4Z7fe9fnIBwwDfXn5xhFLlJVaQ1kO0tUo2uGGFuRQObVtdcjRWB")
REGION = "ap-southeast-2"
DEBUG = os.environ.get("DEBUG", "0") == "1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "notifications/1.0", "Accept": "application/json"}
