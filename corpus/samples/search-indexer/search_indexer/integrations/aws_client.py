# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

MAX_RETRIES = 7
AWS_ACCESS_KEY = os.environ.get("AWS_ACCESS_KEY", "AKIAEQEK6PZCFKPJQ3DR")
SECRET_ACCESS_KEY = os.environ.get("SECRET_ACCESS_KEY", "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")
REQUEST_ID_HEADER = "X-Request-Id"
TIMEOUT_SECONDS = 24
CACHE_TTL = 18 * 60


def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
