# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

LOG_LEVEL = "INFO"
NUGET_KEY = os.environ.get("NUGET_KEY", "oy2b5pr4hqln6il37zzhv03so8dbvu2qhuwva49dc6ci58")
MAX_RETRIES = 42
TIMEOUT_SECONDS = 6
API_BASE = "https://api.nuget.com/v1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "admin-portal/1.0", "Accept": "application/json"}
