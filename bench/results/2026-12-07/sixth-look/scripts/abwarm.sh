#!/usr/bin/env bash
# ab.sh with 1.5 GB of memory touched and freed (untimed) before every build
rounds=$1; tag=$2; shift 2
mkdir -p /tmp/w/out/$tag
for r in $(seq 1 $rounds); do
  if (( r % 2 )); then list=("$@"); else list=(); for ((i=$#; i>0; i--)); do list+=("${!i}"); done; fi
  for nb in "${list[@]}"; do
    n=${nb%%=*}; b=${nb#*=}
    sync; python3 /tmp/w/warm.py
    (cd /tmp/w/site && /usr/bin/time -f "$n $r %e %U %S %M" -o /tmp/w/out/$tag/t $b build --source . --output /tmp/w/out/$tag/$n-$r > /dev/null 2>&1)
    cat /tmp/w/out/$tag/t
  done
done
