# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"retries": 27,
    "mail_password": "Msb==-mNV5dnau",
"timeout": 24,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "web-storefront/1.0", "Accept": "application/json"}
