# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

API_BASE = "https://api.gitlab.com/v1"
REQUEST_ID_HEADER = "X-Request-Id"
FEED_TOKEN = "glft-59ig32VGWbZiivrCe_Ua"
CACHE_TTL = 2 * 60
TIMEOUT_SECONDS = 29


def client_headers() -> dict[str, str]:
    return {"User-Agent": "notifications/1.0", "Accept": "application/json"}
