# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"region": "eu-west-1",
"retries": 41,
    "maps_api_key": "AIza0OQXlLYAoMPD_kWpXDGq319v9kjEYvJdMd6",
"timeout": 35,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "auth-gateway/1.0", "Accept": "application/json"}
