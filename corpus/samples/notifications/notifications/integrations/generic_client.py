"""generic integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

LOG_LEVEL = "INFO"
DEBUG = os.environ.get("DEBUG", "0") == "1"
REGISTRY_URL = "https://deploy:t7zn-N6GbsZBRK7G7laJ40HA@nexus-gl2xr8.corp.lan/repository/releases/"
ALLOWED_HOSTS = ["notifications.internal", "localhost"]
REGION = "ap-southeast-2"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "notifications/1.0", "Accept": "application/json"}
