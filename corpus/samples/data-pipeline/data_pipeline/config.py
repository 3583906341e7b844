"""Settings for data-pipeline."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DEBUG", "0") == "1"
REGION = "eu-west-1"
FCM_SERVER_KEY = "AAAAI1TnIR5:APA91b4lbe7bS6S8T5-JQ9bKCLreq699YK9EORhasEYvAQ1DSQYs-gUL6qLcJYV9TOctfGFbaRPAAPSWaqi_XWW1se-ArIorWFHTRVSE1zi4R_VdezPTyC89wjSfLx-odbEvgIm84SnV"
API_BASE = "https://api.firebase.com/v1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "data-pipeline/1.0", "Accept": "application/json"}
