#!/bin/sh
set -eu

echo 'AAAAkwgpXeE:APA91bp-lXEGV2BiDZ9KHYkgGPpp9WuG77ZexdCATsrYV4AyvfeeCGqY5NCILZZCBJ-nysNaSLaozF9wXgUSQ9chHM6frKu3tks8XrI9h9tXOH1j_YGDQs_VSK65BkR32ybZYDW8CIIo' | docker login registry.data-pipeline.lan -u ci --password-stdin
echo "done"
