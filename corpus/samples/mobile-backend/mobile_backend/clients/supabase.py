"""supabase integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "supabase_key": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NDQwNTQ3IiwiaWF0IjoxNzU2MTA3NDQ3LCJleHAiOjE3NTYxMTEwNDcsImlzcyI6InN1cGFiYXNlIiwicmVmIjoiYmFkcGd5Y2psdGtocXhybHVqcHEiLCJyb2xlIjoic2VydmljZV9yb2xlIn0.LP46mhyL1K4_OSZhrrbK4cL6UU6EluTMzrtJ7jMMmFz",
"region": "eu-west-1",
"retries": 53,
"timeout": 57,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "mobile-backend/1.0", "Accept": "application/json"}
