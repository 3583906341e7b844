"""Settings for data-pipeline."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "brevo_api_key": "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",
"timeout": 27,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "data-pipeline/1.0", "Accept": "application/json"}
