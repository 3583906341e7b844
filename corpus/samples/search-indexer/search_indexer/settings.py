"""rabbitmq integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "broker_url": "amqps://worker:CGe-JN-gK5Orx13lIZNF@mq-aslfj3.internal:5671/%2f",
"region": "us-east-1",
"timeout": 6,
"retries": 60,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
