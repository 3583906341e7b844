#!/bin/sh
set -eu

echo 'i7LQnzizV16Q_DstIP-i14Stlr741uzcxvQdsphJw6p4' | docker login registry.data-pipeline.lan -u ci --password-stdin
echo "done"
