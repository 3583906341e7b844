# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

ALLOWED_HOSTS = ["search-indexer.internal", "localhost"]
AMQP_URL = os.environ.get("AMQP_URL", "amqps://worker:.-9FGeaWP-B7ikYIh-Ufu@mq-9sajc3.internal:5671/%2f")
REGION = "eu-west-1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
