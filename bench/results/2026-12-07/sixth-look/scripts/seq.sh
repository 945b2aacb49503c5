#!/usr/bin/env bash
# seq.sh TAG name=binary ...: cold builds of $SITE in exactly the given order (see ab.sh).
SITE=${SITE:-/tmp/w/site}; OUT=${OUT:-/tmp/w/out}
tag=$1; shift; mkdir -p "$OUT/$tag"; k=0
for nb in "$@"; do
  k=$((k+1)); n=${nb%%=*}; b=${nb#*=}; sync
  (cd "$SITE" && /usr/bin/time -f "$n $k %e %U %S %M" -o "$OUT/$tag/t" "$b" build --source . --output "$OUT/$tag/$n-$k" > /dev/null 2>&1)
  cat "$OUT/$tag/t"
done
