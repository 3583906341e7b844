"""figma integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

LOG_LEVEL = "INFO"
REQUEST_ID_HEADER = "X-Request-Id"
FIGMA_TOKEN = "figd_USt13yz52VwprWdgbJAsCoKJewtGy2efrQhQ2fTH"
ALLOWED_HOSTS = ["ops-scripts.internal", "localhost"]
REGION = "us-east-1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "ops-scripts/1.0", "Accept": "application/json"}
