#!/usr/bin/env bash
# ab3tools.sh ROUNDS TAG: $BEFORE, $HEAD and hugo, the order turning each round as in
# bench/run.sh; NewsletterGen builds $SITE, Hugo $HSITE (the same corpus in bench/hugo's site).
SITE=${SITE:-/tmp/w/site}; HSITE=${HSITE:-/tmp/w/hsite}; OUT=${OUT:-/tmp/w/out}
BEFORE=${BEFORE:-/tmp/w/before/newslettergen}; HEAD=${HEAD:-/tmp/w/head/newslettergen}
rounds=$1; tag=$2; mkdir -p "$OUT/$tag"
tools=(before head hugo)
for r in $(seq 1 "$rounds"); do
  for k in 0 1 2; do
    t=${tools[$(( (k + r - 1) % 3 ))]}; sync
    case $t in
      hugo) (cd "$HSITE" && /usr/bin/time -f "$t $r %e %U %S %M" -o "$OUT/$tag/t" hugo --source . --destination "$OUT/$tag/$t-$r" --quiet > /dev/null 2>&1) ;;
      before) (cd "$SITE" && /usr/bin/time -f "$t $r %e %U %S %M" -o "$OUT/$tag/t" "$BEFORE" build --source . --output "$OUT/$tag/$t-$r" > /dev/null 2>&1) ;;
      head) (cd "$SITE" && /usr/bin/time -f "$t $r %e %U %S %M" -o "$OUT/$tag/t" "$HEAD" build --source . --output "$OUT/$tag/$t-$r" > /dev/null 2>&1) ;;
    esac
    cat "$OUT/$tag/t"
  done
done
