#!/bin/sh
set -eu

echo 'sk-ant-admin01-ljxRolrz7IWlMkrx3hjXMXr78GOcx3xN8aA6_47u1xD-IEm7siPDthK4HatIZC0q8vqWHr9R8U-SMCG8u2y_CvOSXPymvAA' | docker login registry.reporting.lan -u ci --password-stdin
echo "done"
