#!/bin/sh
set -eu

./bin/ops-scripts sync \
  --account-sid 'ACd958b9ee6d7620e17e9111ff23bc1664' \
  --twilio-auth-token '5da8026482c45cf4bd56dc1a46664521' \
  --region eu-west-1
echo "done"
