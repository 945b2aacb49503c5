#!/usr/bin/env bash
# bench/jit-options.sh — start-up and throughput of the framework-dependent (JIT) forms of the
# tool under different JIT settings, on the newsletter and on corpora built with its theme.
#
# Usage: bench/jit-options.sh [--sizes "0 1000 10000"] [--runs 5] [--variants "tc-off tc-on ..."]
#
# Size 0 is the newsletter of this repository (content/ and templates/); any other size N is a
# corpus of N posts from ../shared/bench/make-corpus.py with the newsletter's theme, laid out as
# bench/run.sh does with NLG_THEME=newsletter.
#
# Variants. Two publishes of the checkout: "portable" (-p:PublishReadyToRun=false: what the
# framework-dependent tool package and `dotnet run` run) and "r2r" (-r linux-x64
# --self-contained false, which the csproj makes ReadyToRun), plus "composite" (r2r with
# -p:PublishReadyToRunComposite=true). Each variant is a copy of one of them whose
# runtimeconfig.json sets the JIT options, exactly what the MSBuild properties TieredCompilation,
# TieredPGO and TieredCompilationQuickJitForLoops write there:
#   tc-off          portable, tiered compilation off (every method fully optimised at once)
#   tc-on           portable, tiered compilation on (the runtime's default: quick JIT, OSR, PGO)
#   tc-on-nopgo     portable, tiered compilation on, TieredPGO off
#   tc-on-noqjfl    portable, tiered compilation on, quick JIT for loops off
#   tc-on-nopgo-noqjfl  portable, tiered compilation on, TieredPGO and quick JIT for loops off
#   r2r-tc-off      ReadyToRun, tiered compilation off
#   r2r-tc-on       ReadyToRun, tiered compilation on
#   r2r-tc-on-nopgo ReadyToRun, tiered compilation on, TieredPGO off
#   composite-tc-on composite ReadyToRun image of the app's assemblies, tiered compilation on
#
# Every run is `dotnet <variant>/newslettergen.dll build` into a new folder, after an untimed
# sync, interleaved round-robin (the order turns each round), timed with GNU time, after one
# untimed warm-up build per size. Prints a
# Markdown table of medians and ranges; every run goes to $BENCH_DIR/jit-runs.csv.
#
# Environment: BENCH_DIR (default /tmp/nlg-bench), CORPUS_SCRIPT, SETTLE_SECONDS (default 30),
# REUSE_PUBLISH=1 (keep the publishes of the last run, e.g. to run another size).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/nlg-bench}
CORPUS_SCRIPT=${CORPUS_SCRIPT:-$REPO/../shared/bench/make-corpus.py}
SETTLE_SECONDS=${SETTLE_SECONDS:-30}
SIZES="0 1000 10000"
RUNS=5
VARIANTS="tc-off tc-on tc-on-nopgo tc-on-noqjfl r2r-tc-off r2r-tc-on r2r-tc-on-nopgo composite-tc-on"

die() { echo "jit-options.sh: $*" >&2; exit 1; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) SIZES=${2:?}; shift 2 ;;
    --runs) RUNS=${2:?}; shift 2 ;;
    --variants) VARIANTS=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1'" ;;
  esac
done
[[ -x /usr/bin/time ]] || die "needs GNU time (apt-get install time)"

W=$BENCH_DIR/jit
mkdir -p "$W" "$BENCH_DIR/corpus"
rm -rf "${W:?}/out" "$W/variants"
mkdir -p "$W/out" "$W/variants" "$W/logs"

publish() { # NAME ARGS...
  local name=$1
  shift
  if [[ ${REUSE_PUBLISH:-} == 1 && -f $W/pub-$name/newslettergen.dll ]]; then log "reusing $W/pub-$name"; return; fi
  log "dotnet publish ($name) $*"
  rm -rf "${W:?}/pub-$name" "$W/art-$name"
  DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet publish "$REPO/src/NewsletterGen.Cli" -c Release \
    -o "$W/pub-$name" --artifacts-path "$W/art-$name" "$@" >"$W/logs/publish-$name.log" 2>&1 \
    || { tail -20 "$W/logs/publish-$name.log" >&2; die "publish $name failed"; }
}

needs() { [[ " $VARIANTS " == *" $1"* ]]; }
needs tc- && publish portable -p:PublishReadyToRun=false
needs r2r- && publish r2r -r linux-x64 --self-contained false
needs composite- && publish composite -r linux-x64 --self-contained false -p:PublishReadyToRunComposite=true

variant() { # NAME BASE TC PGO QJFL
  local dir=$W/variants/$1
  cp -r "$W/pub-$2" "$dir"
  python3 - "$dir/newslettergen.runtimeconfig.json" "$3" "$4" "$5" <<'EOF'
import json, sys
path, tc, pgo, qjfl = sys.argv[1:]
config = json.load(open(path))
props = config["runtimeOptions"].setdefault("configProperties", {})
props["System.Runtime.TieredCompilation"] = tc == "1"
for key, value in (("System.Runtime.TieredPGO", pgo), ("System.Runtime.TieredCompilation.QuickJitForLoops", qjfl)):
    if value == "-":
        props.pop(key, None)
    else:
        props[key] = value == "1"
json.dump(config, open(path, "w"), indent=2)
EOF
}
for v in $VARIANTS; do
  case $v in
    tc-off) variant "$v" portable 0 - - ;;
    tc-on) variant "$v" portable 1 - - ;;
    tc-on-nopgo) variant "$v" portable 1 0 - ;;
    tc-on-noqjfl) variant "$v" portable 1 - 0 ;;
    tc-on-nopgo-noqjfl) variant "$v" portable 1 0 0 ;;
    r2r-tc-off) variant "$v" r2r 0 - - ;;
    r2r-tc-on) variant "$v" r2r 1 - - ;;
    r2r-tc-on-nopgo) variant "$v" r2r 1 0 - ;;
    composite-tc-on) variant "$v" composite 1 - - ;;
    *) die "unknown variant '$v'" ;;
  esac
done

site_for() { # N -> source folder
  local n=$1
  if [[ $n == 0 ]]; then echo "$REPO"; return; fi
  local corpus=$BENCH_DIR/corpus/$n site=$W/site-$n
  if [[ ! -f $corpus/.complete ]]; then
    rm -rf "$corpus" "$corpus.tmp"
    python3 "$CORPUS_SCRIPT" "$n" "$corpus.tmp" >&2
    touch "$corpus.tmp/.complete"
    mv "$corpus.tmp" "$corpus"
  fi
  if [[ ! -d $site ]]; then
    mkdir -p "$site/content"
    cp -r "$corpus/posts" "$site/content/posts"
    grep -v '^search_index:' "$REPO/bench/newslettergen/site.yml" >"$site/content/site.yml"
    cp -r "$REPO/templates" "$site/templates"
  fi
  echo "$site"
}

CSV=$BENCH_DIR/jit-runs.csv
[[ ${REUSE_PUBLISH:-} == 1 && -f $CSV ]] || echo "size,variant,run,wall_s,cpu_s,max_rss_kb" >"$CSV"
read -r -a vlist <<<"$VARIANTS"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for n in $SIZES; do
  src=$(site_for "$n")
  sync
  sleep "$SETTLE_SECONDS"
  # One untimed warm-up build (the file cache; nothing else outlives a process).
  dotnet "$W/variants/${vlist[0]}/newslettergen.dll" build --source "$src" --output "$W/out/$n-warmup" >/dev/null
  for ((run = 1; run <= RUNS; run++)); do
    count=${#vlist[@]}
    for ((i = 0; i < count; i++)); do
      v=${vlist[(i + run - 1) % count]}
      sync
      /usr/bin/time -o "$W/logs/t" -f '%e %U %S %M' \
        dotnet "$W/variants/$v/newslettergen.dll" build --source "$src" --output "$W/out/$n-$v-$run" >/dev/null
      read -r wall user sys rss <"$W/logs/t"
      log "$n posts, run $run, $v: $wall s"
      echo "$n,$v,$run,$wall,$(awk "BEGIN {print $user + $sys}"),$rss" >>"$CSV"
    done
  done
  rm -rf "${W:?}/out/"*
done

python3 - "$CSV" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
sizes = list(dict.fromkeys(r["size"] for r in rows))
variants = list(dict.fromkeys(r["variant"] for r in rows))
name = lambda n: "newsletter (9 posts)" if n == "0" else f"{int(n):,} posts"
print("| variant | " + " | ".join(name(n) for n in sizes) + " |")
print("|---|" + "---|" * len(sizes))
for v in variants:
    cells = []
    for n in sizes:
        walls = sorted(float(r["wall_s"]) for r in rows if r["size"] == n and r["variant"] == v)
        cpus = [float(r["cpu_s"]) for r in rows if r["size"] == n and r["variant"] == v]
        if not walls:
            cells.append("")
            continue
        cells.append(f"{statistics.median(walls):.2f} s ({walls[0]:.2f}–{walls[-1]:.2f}), CPU {statistics.median(cpus):.2f} s")
    print(f"| {v} | " + " | ".join(cells) + " |")
EOF
