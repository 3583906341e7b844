# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "sentry_auth_token": "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",
"region": "eu-west-1",
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "admin-portal/1.0", "Accept": "application/json"}
