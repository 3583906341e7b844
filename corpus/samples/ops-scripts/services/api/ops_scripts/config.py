"""Settings for ops-scripts."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"retries": 40,
    "cloudflare_api_token": "D8KlxMy-TKrY1pQhhWusC8bxf4Vf6tlJ29OLM3mj",
"region": "eu-west-1",
"timeout": 37,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "ops-scripts/1.0", "Accept": "application/json"}
