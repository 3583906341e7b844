"""Settings for mobile-backend."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"timeout": 14,
    "tg_bot_token": "625339933:AAUBDhGWKrnI_zkdxlBtCtaWts6bXWsKovK",
"retries": 36,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "mobile-backend/1.0", "Accept": "application/json"}
