"""Settings for notifications."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

API_BASE = "https://api.hubspot.com/v1"
HUBSPOT_TOKEN = "pat-na1-37668c75-aaef-48ef-86b1-109fb32fb1a5"
ALLOWED_HOSTS = ["notifications.internal", "localhost"]


def client_headers() -> dict[str, str]:
    return {"User-Agent": "notifications/1.0", "Accept": "application/json"}
