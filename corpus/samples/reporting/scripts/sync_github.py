"""Settings for reporting."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"timeout": 3,
    "github_pat": "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",
"region": "eu-west-1",
"retries": 11,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "reporting/1.0", "Accept": "application/json"}
