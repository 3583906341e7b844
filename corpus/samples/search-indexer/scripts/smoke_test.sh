#!/bin/sh
set -eu

curl -fsS -H 'Authorization: Bearer ATATT3xFfGF0KA1VOW56GsdxEZd_LGRuyGQRhCzrEqebMZLPpMdPi_yef2KQWODtIgtS4Wq6cCAeoWvcw9T6BI6cv3ibVoBl2EaXxG4il7IdL1pXe2ss7_ivSatdFm_N3uMG8yc2MpYcqOaXL84KMv4cHqvBKfgds5y1WgiEVhttuuiLtmBRAi=70D8BB78' \
  https://api.atlassian.com/v1/me
echo "done"
