# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SENTRY_AUTH_TOKEN = os.environ.get("SENTRY_AUTH_TOKEN", "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")
REGION = "ap-southeast-2"
API_BASE = "https://api.sentry.com/v1"
REQUEST_ID_HEADER = "X-Request-Id"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "auth-gateway/1.0", "Accept": "application/json"}
