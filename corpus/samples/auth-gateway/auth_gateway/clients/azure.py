"""azure integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

API_BASE = "https://api.azure.com/v1"
AZURE_CLIENT_ID = "6bb58ca2-f0f0-4a2a-8e76-ae10f2d3c43d"
LOG_LEVEL = "INFO"
AZURE_CLIENT_SECRET = "P0I5Q~lEYp4QZ4mm4.R.qhMz4FlPY2mfR.md1RT."
DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["auth-gateway.internal", "localhost"]
MAX_RETRIES = 54


def client_headers() -> dict[str, str]:
    return {"User-Agent": "auth-gateway/1.0", "Accept": "application/json"}
