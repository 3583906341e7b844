"""Settings for search-indexer."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"region": "us-east-1",
"timeout": 54,
    "artifactory_access_token": "cmVmdGtuOjAxOjE3MDIzMTM0Mjc6NDNDbXNnS0JnVHBnN2tmTWRzaXdMRktOd1JR",
"retries": 6,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
