# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DEBUG", "0") == "1"
LINEAR_API_KEY = "lin_api_CgbJKHnc1BVg9oc5WQ60TMX0asX8ZbU0MaY3Qv16"
ALLOWED_HOSTS = ["reporting.internal", "localhost"]
REQUEST_ID_HEADER = "X-Request-Id"
REGION = "eu-west-1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "reporting/1.0", "Accept": "application/json"}
