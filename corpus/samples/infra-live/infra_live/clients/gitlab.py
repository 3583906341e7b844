"""gitlab integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"retries": 32,
"region": "us-east-1",
    "registration_token": "GR1348941KLEelIxca2J47Zaiuk44",
"timeout": 18,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "infra-live/1.0", "Accept": "application/json"}
