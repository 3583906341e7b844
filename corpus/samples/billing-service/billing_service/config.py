"""Settings for billing-service."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "replicate_api_token": "r8_dIyvaARw0nIXR3mp0rByShE2BxJ9BU4kMyUd5",
"region": "ap-southeast-2",
"retries": 41,
"timeout": 29,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "billing-service/1.0", "Accept": "application/json"}
