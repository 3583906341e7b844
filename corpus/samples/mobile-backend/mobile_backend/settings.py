"""google-cloud integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

YOUTUBE_API_KEY = os.environ.get("YOUTUBE_API_KEY", "AIzaCyzEAK6gXagUbRUEbyuteOOviKcspXuEkTe")
LOG_LEVEL = "INFO"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "mobile-backend/1.0", "Accept": "application/json"}
