"""generic integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"retries": 44,
    "admin_password": "^uyc6NCXvAB=47Zz^VfRG_V",
"timeout": 47,
"region": "ap-southeast-2",
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "auth-gateway/1.0", "Accept": "application/json"}
