# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

MAX_RETRIES = 32
LOG_LEVEL = "INFO"
SPLUNK_HEC_TOKEN = "0674d984-2c36-4aad-9fde-83321ed0822c"
REQUEST_ID_HEADER = "X-Request-Id"
DEBUG = os.environ.get("DEBUG", "0") == "1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "ml-platform/1.0", "Accept": "application/json"}
