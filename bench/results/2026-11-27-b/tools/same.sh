#!/bin/bash
# same.sh NAME: build content/ of the repo and the 1k site with base and NAME; diff -r
set -e
B=/tmp/nlg-bench-speed
for bin in base $1; do
  rm -rf $B/cmp/$bin; mkdir -p $B/cmp/$bin
  $B/$bin/newslettergen build --source /work/wt-speed --output $B/cmp/$bin/repo >/dev/null 2>&1 || { echo "repo build failed with $bin"; $B/$bin/newslettergen build --source /work/wt-speed --output $B/cmp/$bin/repo 2>&1 | tail -5; }
  $B/$bin/newslettergen build --source $B/sites/nlg-1000 --output $B/cmp/$bin/k1 >/dev/null 2>&1
done
diff -r $B/cmp/base/repo $B/cmp/$1/repo >/dev/null && echo "repo: identical ($(find $B/cmp/base/repo -type f | wc -l) files)" || { echo "repo: DIFFERENT"; diff -rq $B/cmp/base/repo $B/cmp/$1/repo | head; }
diff -r $B/cmp/base/k1 $B/cmp/$1/k1 >/dev/null && echo "1k: identical ($(find $B/cmp/base/k1 -type f | wc -l) files)" || { echo "1k: DIFFERENT"; diff -rq $B/cmp/base/k1 $B/cmp/$1/k1 | head; }
