#!/bin/sh
set -eu

./bin/ops-scripts sync \
  --aliyun-access-key-id 'LTAIeW2oihPxdDGqcoo9d97b' \
  --alibaba-cloud-access-key-secret 'hEx0kKTwyg8FDO7S1KIvsNiNhhDI1y' \
  --region eu-west-1
echo "done"
