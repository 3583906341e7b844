"""app integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
"region": "eu-west-1",
    "honeycomb_api_key": "hcaik_019sjlp9lksdnrh0tf1j9uw15kgpmiln2zavlfpfnqorb1p6fxf0riqkoj",
    "artifactory_password": "AKCpcEJoMDTKb4BX1zpvJWbK8nBXpWL4CLaCOr36geMWmdE2dkAytqjlXG5dVDumjNAE3VQkt",
    "postmark_api_token": "feffe3e7-a336-4755-accf-2d855d868c4d",
"timeout": 15,
    "cohere_api_key": "2pKnejcqI13mbdP1T10NDCR2rIgAAOt0mHvzRPj8",
"retries": 35,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
