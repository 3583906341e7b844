# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

MAX_RETRIES = 30
REPLICATE_API_TOKEN = "r8_GU088Dn8NpK8MmFRRDH9NgG9ULLZymhiquOOi"
DEBUG = os.environ.get("DEBUG", "0") == "1"
REGION = "us-east-1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "billing-service/1.0", "Accept": "application/json"}
