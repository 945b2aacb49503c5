#!/usr/bin/env bash
# bench/mechanisms.sh — what each speed mechanism buys: the tool with it against the tool without.
#
# Usage: bench/mechanisms.sh [--variants "nostore nofolders ..."] [--runs 5] [--posts 10000]
#                            [--themes "bench newsletter"] [--reload-runs 0] [--reuse]
#
# Each variant is bench/mechanisms/VARIANT.patch: the plain code in place of one mechanism (see
# the first lines of each patch, and docs/architecture.md's register). The script exports this
# checkout's HEAD (git archive, so uncommitted changes are not measured) once as "base" and once
# per variant with its patch applied, and publishes each as a Native AOT binary of its own
# (-c Release -r linux-x64 -p:PublishAot=true) under $MECH_DIR/bin/. A patch that no longer
# applies (its mechanism is gone) is reported and skipped.
#
# Whole builds: for each theme (bench: bench/newslettergen/templates/ without a search index, as
# bench/run.sh; newsletter: the repository's templates/ with its search index), one site around a
# corpus of --posts posts (../shared/bench/make-corpus.py, made once). Every binary builds it once
# untimed (the output is compared with base's: diff -r must find nothing), then --runs rounds of
# cold builds, every binary once a round, the order turning each round (A B C, B C A, ...). Every
# build is a new process writing into a new, empty folder after an untimed sync, timed by GNU
# time (wall, user, sys, peak RSS). Outputs are deleted only at the end (see bench/run.sh on this
# file system and fresh deletions).
#
# Edit-to-reload (for serve-only mechanisms, --reload-runs N > 0): N interleaved pairs of
# `reload --theme newsletter --edits 15` (bench/NewsletterGen.Benchmarks) for base and each
# variant named in RELOAD_VARIANTS (default: nogc).
#
# Output: $MECH_DIR/runs.csv (every build), $MECH_DIR/summary.md (medians, ratios to base),
# $MECH_DIR/reload-*.md. Environment: MECH_DIR (default /tmp/nlg-mech), CORPUS_SCRIPT,
# SETTLE_SECONDS (wait before a theme's first build, default 60), RELOAD_VARIANTS.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MECH_DIR=${MECH_DIR:-/tmp/nlg-mech}
CORPUS_SCRIPT=${CORPUS_SCRIPT:-$REPO/../shared/bench/make-corpus.py}
# A worktree's ../shared is not the checkout's: fall back to the shared machine's copy.
if [[ ! -f $CORPUS_SCRIPT && -f /work/shared/bench/make-corpus.py ]]; then CORPUS_SCRIPT=/work/shared/bench/make-corpus.py; fi
export CORPUS_SCRIPT
SETTLE_SECONDS=${SETTLE_SECONDS:-60}
RELOAD_VARIANTS=${RELOAD_VARIANTS:-nogc}
VARIANTS=""
RUNS=5
POSTS=10000
THEMES="bench newsletter"
RELOAD_RUNS=0
REUSE=

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }
die() { echo "mechanisms.sh: $*" >&2; exit 1; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --variants) VARIANTS=${2:?}; shift 2 ;;
    --runs) RUNS=${2:?}; shift 2 ;;
    --posts) POSTS=${2:?}; shift 2 ;;
    --themes) THEMES=${2-}; shift 2 ;;
    --reload-runs) RELOAD_RUNS=${2:?}; shift 2 ;;
    --reuse) REUSE=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done
if [[ -z $VARIANTS ]]; then
  VARIANTS=$(cd "$REPO/bench/mechanisms" && ls -- *.patch 2>/dev/null | sed 's/\.patch$//' | grep -vx nogc | tr '\n' ' ' || true)
fi
[[ $RUNS =~ ^[1-9][0-9]*$ && $POSTS =~ ^[1-9][0-9]*$ && $RELOAD_RUNS =~ ^[0-9]+$ ]] || die "--runs, --posts and --reload-runs are whole numbers"
/usr/bin/time -f '%e' true 2>/dev/null || die "GNU time (/usr/bin/time) is needed"
mkdir -p "$MECH_DIR"/{bin,logs,out,sites}
MECH_DIR=$(cd "$MECH_DIR" && pwd)

# ------------------------------------------------------------------------------------------
# Binaries
# ------------------------------------------------------------------------------------------
prepare() { # VARIANT: the exported, patched source and its AOT binary; fails if the patch does not apply
  local v=$1 src=$MECH_DIR/src-$1
  if [[ -n $REUSE && -x $MECH_DIR/bin/$v/newslettergen ]]; then return 0; fi
  rm -rf "$src" "$MECH_DIR/bin/$v" "$MECH_DIR/build-$v"
  mkdir -p "$src"
  git -C "$REPO" archive HEAD | tar -x -C "$src"
  if [[ $v != base ]]; then
    (cd "$src" && patch -p0 --forward --batch <"$REPO/bench/mechanisms/$v.patch" >"$MECH_DIR/logs/patch-$v.log" 2>&1) \
      || { log "$v: the patch does not apply to HEAD (mechanism removed?); skipped"; return 1; }
  fi
  log "publishing $v (Native AOT)"
  DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet publish "$src/src/NewsletterGen.Cli" -c Release -r linux-x64 -p:PublishAot=true \
    -o "$MECH_DIR/bin/$v" --artifacts-path "$MECH_DIR/build-$v" >"$MECH_DIR/logs/publish-$v.log" 2>&1 \
    || { tail -20 "$MECH_DIR/logs/publish-$v.log" >&2; die "publishing $v failed"; }
}

ready=(base)
prepare base
for v in $VARIANTS; do
  [[ -f $REPO/bench/mechanisms/$v.patch ]] || die "no bench/mechanisms/$v.patch"
  if prepare "$v"; then ready+=("$v"); fi
done
reload_ready=()
if ((RELOAD_RUNS > 0)); then
  for v in $RELOAD_VARIANTS; do
    if prepare "$v"; then reload_ready+=("$v"); fi
  done
fi

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ); commit $(git -C "$REPO" rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "binaries: Native AOT, .NET SDK $(dotnet --version); variants: ${ready[*]}; posts: $POSTS; runs: $RUNS; themes: $THEMES"
} >"$MECH_DIR/environment.txt"
cat "$MECH_DIR/environment.txt" >&2

# ------------------------------------------------------------------------------------------
# Whole builds
# ------------------------------------------------------------------------------------------
corpus() {
  local dir=$MECH_DIR/corpus-$POSTS
  if [[ ! -f $dir/.complete ]]; then
    log "making a corpus of $POSTS posts"
    rm -rf "$dir"
    python3 "$CORPUS_SCRIPT" "$POSTS" "$dir" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}

make_site() { # THEME -> site folder
  local theme=$1 site=$MECH_DIR/sites/$1-$POSTS posts
  posts=$(corpus)/posts
  rm -rf "$site"
  mkdir -p "$site/content"
  cp -r "$posts" "$site/content/posts"
  if [[ $theme == bench ]]; then
    cp "$REPO/bench/newslettergen/site.yml" "$site/content/site.yml"
    cp -r "$REPO/bench/newslettergen/templates" "$site/templates"
  else
    grep -v '^search_index:' "$REPO/bench/newslettergen/site.yml" >"$site/content/site.yml"
    cp -r "$REPO/templates" "$site/templates"
  fi
  echo "$site"
}

build_once() { # THEME VARIANT LABEL -> "wall user sys maxrss_kb"
  local theme=$1 v=$2 label=$3 site=$MECH_DIR/sites/$1-$POSTS out=$MECH_DIR/out/$1-$2-$3 times=$MECH_DIR/logs/$1-$2-$3.time
  [[ ! -e $out ]] || die "$out exists"
  sync
  (cd "$site" && /usr/bin/time -o "$times" -f '%e %U %S %M' "$MECH_DIR/bin/$v/newslettergen" build --source "$site" --output "$out") \
    >"$MECH_DIR/logs/$theme-$v-$label.log" 2>&1 || { tail -20 "$MECH_DIR/logs/$theme-$v-$label.log" >&2; die "$v failed to build ($theme)"; }
  tail -1 "$times"
}

RUNS_CSV=$MECH_DIR/runs.csv
echo "theme,variant,run,wall_s,user_s,sys_s,max_rss_kb" >"$RUNS_CSV"
rm -rf "${MECH_DIR:?}"/out/*
for theme in $THEMES; do
  make_site "$theme" >/dev/null
  log "$theme: waiting ${SETTLE_SECONDS} s for the file system to settle"
  sync
  sleep "$SETTLE_SECONDS"
  for v in "${ready[@]}"; do
    read -r wall _ < <(build_once "$theme" "$v" warmup)
    if [[ $v != base ]] && ! diff -r -q "$MECH_DIR/out/$theme-base-warmup" "$MECH_DIR/out/$theme-$v-warmup" >"$MECH_DIR/logs/diff-$theme-$v.txt"; then
      die "$v's output differs from base's ($theme): $MECH_DIR/logs/diff-$theme-$v.txt"
    fi
    log "$theme, $v: warm-up ${wall} s, output identical to base's"
  done
  count=${#ready[@]}
  for ((run = 1; run <= RUNS; run++)); do
    for ((i = 0; i < count; i++)); do
      v=${ready[(i + run - 1) % count]}
      read -r wall user sys rss < <(build_once "$theme" "$v" "run$run")
      log "$theme, run $run/$RUNS, $v: ${wall} s, ${user}+${sys} s CPU, $((rss / 1024)) MiB"
      echo "$theme,$v,$run,$wall,$user,$sys,$rss" >>"$RUNS_CSV"
    done
  done
done

# ------------------------------------------------------------------------------------------
# Edit-to-reload
# ------------------------------------------------------------------------------------------
if ((RELOAD_RUNS > 0 && ${#reload_ready[@]} > 0)); then
  log "building the reload benchmark"
  dotnet build -c Release "$REPO/bench/NewsletterGen.Benchmarks" >"$MECH_DIR/logs/bench-build.log" 2>&1 \
    || { tail -20 "$MECH_DIR/logs/bench-build.log" >&2; die "building bench/NewsletterGen.Benchmarks failed"; }
  bench_dll=$(find "$REPO/bench/NewsletterGen.Benchmarks/bin/Release" -name NewsletterGen.Benchmarks.dll | head -1)
  reloads=(base "${reload_ready[@]}")
  for ((run = 1; run <= RELOAD_RUNS; run++)); do
    for ((i = 0; i < ${#reloads[@]}; i++)); do
      v=${reloads[(i + run - 1) % ${#reloads[@]}]}
      log "reload, run $run/$RELOAD_RUNS, $v"
      BENCH_DIR=$MECH_DIR/reload dotnet "$bench_dll" reload --cli "$MECH_DIR/bin/$v/newslettergen" --posts "$POSTS" --theme newsletter --edits 15 \
        >"$MECH_DIR/reload-$v-run$run.md" 2>"$MECH_DIR/logs/reload-$v-run$run.log" || die "reload failed for $v (log: $MECH_DIR/logs/reload-$v-run$run.log)"
      cat "$MECH_DIR/reload-$v-run$run.md" >&2
    done
  done
fi

python3 "$REPO/bench/mechanisms.py" "$MECH_DIR" >"$MECH_DIR/summary.md"
cat "$MECH_DIR/summary.md"
rm -rf "${MECH_DIR:?}"/out/*
