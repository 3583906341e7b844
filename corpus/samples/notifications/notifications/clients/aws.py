# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

AWS_ACCESS_KEY = os.environ.get("AWS_ACCESS_KEY", "AKIABGTHKBHVAHCHXUJP")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY", "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")
CACHE_TTL = 21 * 60
REGION = "us-east-1"
DEBUG = os.environ.get("DEBUG", "0") == "1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "notifications/1.0", "Accept": "application/json"}
