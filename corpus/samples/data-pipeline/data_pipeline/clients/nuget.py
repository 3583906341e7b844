"""Settings for data-pipeline."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "nuget_api_key": "oy2uthu9o4rr0qejd3uwhd5kkxqt4ddovfhzrt6ca1w1ks",
"timeout": 56,
"region": "us-east-1",
"retries": 47,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "data-pipeline/1.0", "Accept": "application/json"}
