#!/usr/bin/env bash
# ab.sh ROUNDS TAG name=binary ...: interleaved cold builds (A B B A ...) of $SITE into new
# folders below $OUT/TAG, nothing deleted; prints "name round wall user sys KB" per build.
# WARM=1 writes and frees 1.5 GB of memory (warm.py, untimed) before every build.
SITE=${SITE:-/tmp/w/site}; OUT=${OUT:-/tmp/w/out}; here=$(cd "$(dirname "$0")" && pwd)
rounds=$1; tag=$2; shift 2
mkdir -p "$OUT/$tag"
for r in $(seq 1 "$rounds"); do
  if (( r % 2 )); then list=("$@"); else list=(); for ((i=$#; i>0; i--)); do list+=("${!i}"); done; fi
  for nb in "${list[@]}"; do
    n=${nb%%=*}; b=${nb#*=}
    sync
    [[ ${WARM:-} == 1 ]] && python3 "$here/warm.py"
    (cd "$SITE" && /usr/bin/time -f "$n $r %e %U %S %M" -o "$OUT/$tag/t" "$b" build --source . --output "$OUT/$tag/$n-$r" > /dev/null 2>&1)
    cat "$OUT/$tag/t"
  done
done
