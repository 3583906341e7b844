# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

ALLOWED_HOSTS = ["ops-scripts.internal", "localhost"]
REQUEST_ID_HEADER = "X-Request-Id"
FLUTTERWAVE_SECRET_KEY = "FLWSECK-563e951da0895732f5bee253b7acacb0-X"
DEBUG = os.environ.get("DEBUG", "0") == "1"
TIMEOUT_SECONDS = 37


def client_headers() -> dict[str, str]:
    return {"User-Agent": "ops-scripts/1.0", "Accept": "application/json"}
