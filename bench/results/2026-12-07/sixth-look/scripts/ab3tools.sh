#!/usr/bin/env bash
# rounds with before, head and hugo, the order turning each round like bench/run.sh
rounds=$1; tag=$2; mkdir -p /tmp/w/out/$tag
tools=(before head hugo)
for r in $(seq 1 $rounds); do
  for k in 0 1 2; do
    t=${tools[$(( (k + r - 1) % 3 ))]}; sync
    case $t in
      hugo) (cd /tmp/w/hsite && /usr/bin/time -f "$t $r %e %U %S %M" -o /tmp/w/out/$tag/t hugo --source . --destination /tmp/w/out/$tag/$t-$r --quiet > /dev/null 2>&1) ;;
      *) (cd /tmp/w/site && /usr/bin/time -f "$t $r %e %U %S %M" -o /tmp/w/out/$tag/t /tmp/w/$t/newslettergen build --source . --output /tmp/w/out/$tag/$t-$r > /dev/null 2>&1) ;;
    esac
    cat /tmp/w/out/$tag/t
  done
done
