#!/bin/bash
# ab.sh N RUNS "name|bindir|ENV=V ENV2=V" ... ; interleaved cold builds, prints per-run and medians
N=$1; RUNS=$2; shift 2
declare -a VARS=("$@")
RES=/tmp/nlg-bench-speed/ab-$$.txt; : > $RES
for ((r=1;r<=RUNS;r++)); do
  for v in "${VARS[@]}"; do
    IFS='|' read -r name bin envs <<<"$v"
    OUT=/tmp/nlg-bench-speed/out/ab-$name-$N; rm -rf $OUT
    cd /tmp/nlg-bench-speed/sites/nlg-$N
    env $envs /usr/bin/time -o /tmp/nlg-bench-speed/t.ab -f '%e %U %S %M' /tmp/nlg-bench-speed/$bin/newslettergen build --source . --output $OUT --timings > /tmp/nlg-bench-speed/log.ab-$name 2>&1 || { echo FAIL $name; tail -5 /tmp/nlg-bench-speed/log.ab-$name; }
    read w u s m < /tmp/nlg-bench-speed/t.ab
    echo "$name $w $u $s $m" | tee -a $RES
  done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$RES" <<'PY'
import sys,statistics as st,collections
d=collections.OrderedDict()
for l in open(sys.argv[1]):
    n,w,u,s,m=l.split(); d.setdefault(n,[]).append((float(w),float(u)+float(s),int(m)/1024))
for n,v in d.items():
    print(f"{n:20s} wall {st.median(x[0] for x in v):6.2f}  cpu {st.median(x[1] for x in v):6.2f}  rss {st.median(x[2] for x in v):6.0f} MiB  (n={len(v)})")
PY
