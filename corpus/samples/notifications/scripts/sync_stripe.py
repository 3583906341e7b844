# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "whsec_r7LGTwXmN5SBzOlWwV2XGKNNrF2rB9h6")
REGION = "ap-southeast-2"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "notifications/1.0", "Accept": "application/json"}
