#!/bin/bash
# run1.sh BIN N OUTTAG -> prints "wall user sys rssKB" and stage timings to file
BIN=$1; N=$2; TAG=$3
OUT=/tmp/nlg-bench-speed/out/$TAG-$N
rm -rf $OUT
cd /tmp/nlg-bench-speed/sites/nlg-$N
/usr/bin/time -o /tmp/nlg-bench-speed/t.$TAG -f '%e %U %S %M' /tmp/nlg-bench-speed/$BIN/newslettergen build --source . --output $OUT --timings > /tmp/nlg-bench-speed/log.$TAG 2>&1 || { tail /tmp/nlg-bench-speed/log.$TAG; exit 1; }
echo "$(cat /tmp/nlg-bench-speed/t.$TAG)"
