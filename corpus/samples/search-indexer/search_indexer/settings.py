# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"timeout": 32,
    "github_token": "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",
"retries": 35,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
