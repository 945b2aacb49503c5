#!/usr/bin/env bash
# seq.sh TAG name=binary ... : builds in exactly the given order
tag=$1; shift; mkdir -p /tmp/w/out/$tag; k=0
for nb in "$@"; do
  k=$((k+1)); n=${nb%%=*}; b=${nb#*=}; sync
  (cd /tmp/w/site && /usr/bin/time -f "$n $k %e %U %S %M" -o /tmp/w/out/$tag/t $b build --source . --output /tmp/w/out/$tag/$n-$k > /dev/null 2>&1)
  cat /tmp/w/out/$tag/t
done
