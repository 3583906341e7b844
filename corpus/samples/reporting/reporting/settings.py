"""flutterwave integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "flutterwave_secret_key": "FLWSECK-6a173bfec265c53a94c1433685f7015c-X",
"region": "eu-west-1",
"timeout": 37,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "reporting/1.0", "Accept": "application/json"}
