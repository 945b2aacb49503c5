#!/usr/bin/env bash
# bench/run.sh — cold whole-site builds: NewsletterGen against Hugo and Eleventy on the same corpus.
#
# Usage: bench/run.sh [--sizes "1000 10000"] [--runs 5] [--tools "newslettergen hugo eleventy"]
#
# Tools: newslettergen (published ReadyToRun, see NLG_PUBLISH_ARGS), newslettergen-aot (the same
# checkout published as a Native AOT binary: -r linux-x64 -p:PublishAot=true; needs clang and
# zlib1g-dev, installed if missing), hugo, eleventy. Give both NewsletterGen forms in --tools to
# time them interleaved in the same run; NLG_AOT=1 adds newslettergen-aot to the tools.
#
# For each size N, makes (once, cached) a corpus of N posts with ../shared/bench/make-corpus.py,
# lays out one site per tool around it, then times R cold builds of every tool, interleaved
# round-robin (run 1 of every tool, then run 2 of every tool, ...; the order of the tools turns
# each round) so that the load of a shared machine falls on all tools alike. Every build writes
# into a new, empty folder of its own, after a sync (untimed) that writes the previous build's
# output back to disk; all outputs are deleted at the end of the script. Each
# tool also has one untimed warm-up build per size (it fills the OS file cache and checks that
# the tool builds the corpus).
#
# This machine's file system (ext4 without a journal) will not reuse an inode freed in the last
# 60 to 300 seconds, and finding a free one then scans past every inode freed lately: making
# 10,000 files right after deleting 20,000 took seconds more, on whichever tool ran then. So
# nothing is deleted between timed builds, and after laying out a size's sites (which replaces
# the last ones) the script syncs and waits SETTLE_SECONDS before the first build.
#
# Measured with GNU time (/usr/bin/time -f '%e %U %S %M'): wall time, user+sys CPU time, peak
# RSS. Reported per tool and size: the median of the R runs (and the wall-time range), the
# number of output files and of post pages, and NewsletterGen's median wall time divided by each
# tool's (above 1: NewsletterGen is slower).
#
# Output: a Markdown table on stdout (progress goes to stderr), $BENCH_DIR/results.csv (medians),
# $BENCH_DIR/runs.csv (every timed run), $BENCH_DIR/environment.txt, logs in $BENCH_DIR/logs/.
#
# Installs what is missing (needs root for apt-get): GNU time and Hugo from Debian's packages,
# Eleventy $ELEVENTY_VERSION (+ markdown-it-footnote) with npm into $BENCH_DIR/eleventy. Needs
# python3 and the .NET SDK.
#
# Environment:
#   BENCH_DIR      work folder (default /tmp/nlg-bench): corpora, sites, outputs, tools, results
#   CORPUS_SCRIPT  the corpus generator (default <repo>/../shared/bench/make-corpus.py)
#   NLG_SRC        the NewsletterGen checkout to publish and take templates/ from (default: this
#                  repository); e.g. a `git worktree` of an older commit for before/after numbers
#   NLG_PUBLISH_ARGS  extra `dotnet publish` arguments of the tool newslettergen; default
#                  "-r linux-x64 --self-contained false" (with a runtime identifier the csproj
#                  turns ReadyToRun on; without -r it publishes for this machine, so the same);
#                  "-p:PublishReadyToRun=false" for a framework-dependent build without it
#   NLG_AOT        1: also time the Native AOT binary (adds newslettergen-aot to --tools)
#   NLG_BEFORE_BIN a NewsletterGen binary already built from an older commit (e.g. its Native AOT
#                  publish): adds the tool newslettergen-before, timed in the same run on the same
#                  sites, for a before/after table without a second run on a machine that drifts;
#                  with NLG_THEME=newsletter it takes its theme from NLG_BEFORE_TEMPLATES (default:
#                  NLG_SRC's templates/)
#   NLG_THEME      bench (default): NewsletterGen builds the same minimal site as Hugo and
#                  Eleventy, with bench/newslettergen/templates/ and no search index;
#                  newsletter: with the repository's own theme (templates/ of NLG_SRC) and its
#                  search index, which does more than the other tools' sites
#   HUGO           the hugo binary (default: hugo on PATH, installed with apt-get if missing)
#   SETTLE_SECONDS how long to wait after laying out a size's sites, before its first build
#                  (default 75; see above)
set -euo pipefail

ELEVENTY_VERSION=3.1.8
FOOTNOTE_VERSION=4.0.0

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/nlg-bench}
CORPUS_SCRIPT=${CORPUS_SCRIPT:-$REPO/../shared/bench/make-corpus.py}
NLG_SRC=${NLG_SRC:-$REPO}
NLG_PUBLISH_ARGS=${NLG_PUBLISH_ARGS-"-r linux-x64 --self-contained false"}
HUGO=${HUGO:-hugo}
NLG_THEME=${NLG_THEME:-bench}
SETTLE_SECONDS=${SETTLE_SECONDS:-75}

SIZES="1000 10000"
RUNS=5
TOOLS="newslettergen hugo eleventy"

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }
die() { echo "run.sh: $*" >&2; exit 1; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) SIZES=${2:?--sizes needs a value}; shift 2 ;;
    --runs) RUNS=${2:?--runs needs a value}; shift 2 ;;
    --tools) TOOLS=${2:?--tools needs a value}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done

[[ $NLG_THEME == bench || $NLG_THEME == newsletter ]] || die "NLG_THEME must be bench or newsletter, not '$NLG_THEME'"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive whole number, not '$RUNS'"
for n in $SIZES; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "--sizes must be positive whole numbers, not '$n'"; done
if [[ ${NLG_AOT:-} == 1 && " $TOOLS " != *" newslettergen-aot "* ]]; then TOOLS="newslettergen-aot $TOOLS"; fi
if [[ -n ${NLG_BEFORE_BIN:-} && " $TOOLS " != *" newslettergen-before "* ]]; then TOOLS="newslettergen-before $TOOLS"; fi
for tool in $TOOLS; do
  case $tool in newslettergen|newslettergen-aot|newslettergen-before|hugo|eleventy) ;; *) die "unknown tool '$tool' (known: newslettergen newslettergen-aot newslettergen-before hugo eleventy)" ;; esac
done
[[ -n ${SIZES// /} && -n ${TOOLS// /} ]] || die "--sizes and --tools must not be empty"
has_tool() { [[ " $TOOLS " == *" $1 "* ]]; }

mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
NLG_SRC=$(cd "$NLG_SRC" && pwd)
mkdir -p "$BENCH_DIR/logs" "$BENCH_DIR/out" "$BENCH_DIR/sites" "$BENCH_DIR/corpus"
rm -f "$BENCH_DIR"/logs/*.log "$BENCH_DIR"/logs/*.time

# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------
APT_UPDATED=
apt_install() {
  [[ $(id -u) -eq 0 ]] || die "$* missing; install the Debian package(s) $* (apt-get needs root)"
  log "apt-get install $*"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >"$BENCH_DIR/logs/apt.log" 2>&1; then
    [[ -z $APT_UPDATED ]] || { cat "$BENCH_DIR/logs/apt.log" >&2; die "apt-get install $* failed"; }
    apt-get update -q >>"$BENCH_DIR/logs/apt.log" 2>&1 && APT_UPDATED=1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >>"$BENCH_DIR/logs/apt.log" 2>&1 \
      || { cat "$BENCH_DIR/logs/apt.log" >&2; die "apt-get install $* failed"; }
  fi
}

command -v python3 >/dev/null || die "python3 is needed to make the corpus"
[[ -f $CORPUS_SCRIPT ]] || die "no corpus generator at $CORPUS_SCRIPT (set CORPUS_SCRIPT=)"
[[ -x /usr/bin/time ]] || apt_install time
/usr/bin/time -f '%e' true 2>/dev/null || die "/usr/bin/time is not GNU time"

if has_tool newslettergen || has_tool newslettergen-aot; then
  command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is needed to publish NewsletterGen"
  [[ -d $NLG_SRC/src/NewsletterGen.Cli && -d $NLG_SRC/templates ]] || die "$NLG_SRC has no src/NewsletterGen.Cli or templates/"
fi
# Native AOT links with clang and needs zlib's headers (the ILCompiler package's prerequisites).
if has_tool newslettergen-aot && { ! command -v clang >/dev/null || [[ ! -f /usr/include/zlib.h ]]; }; then
  apt_install clang zlib1g-dev
fi

if has_tool newslettergen-before; then
  [[ -x ${NLG_BEFORE_BIN:-} ]] || die "NLG_BEFORE_BIN must name an executable NewsletterGen binary"
fi

if has_tool hugo && ! command -v "$HUGO" >/dev/null; then
  apt_install hugo
fi

ELEVENTY_DIR=$BENCH_DIR/eleventy
ELEVENTY=$ELEVENTY_DIR/node_modules/.bin/eleventy
eleventy_installed() {
  [[ -x $ELEVENTY && -f $ELEVENTY_DIR/node_modules/markdown-it-footnote/package.json ]] \
    && [[ $(node -p "require('$ELEVENTY_DIR/node_modules/@11ty/eleventy/package.json').version" 2>/dev/null) == "$ELEVENTY_VERSION" ]]
}
if has_tool eleventy && ! eleventy_installed; then
  command -v npm >/dev/null || apt_install nodejs npm
  log "npm install @11ty/eleventy@$ELEVENTY_VERSION markdown-it-footnote@$FOOTNOTE_VERSION into $ELEVENTY_DIR"
  mkdir -p "$ELEVENTY_DIR"
  npm install --prefix "$ELEVENTY_DIR" --save-exact --no-audit --no-fund \
    "@11ty/eleventy@$ELEVENTY_VERSION" "markdown-it-footnote@$FOOTNOTE_VERSION" >"$BENCH_DIR/logs/npm.log" 2>&1 \
    || { cat "$BENCH_DIR/logs/npm.log" >&2; die "npm install failed"; }
  eleventy_installed || die "Eleventy $ELEVENTY_VERSION did not install into $ELEVENTY_DIR"
fi

publish_nlg() { # FOLDER ARGS...: dotnet publish the CLI into $BENCH_DIR/FOLDER
  local folder=$1
  shift
  log "dotnet publish $NLG_SRC/src/NewsletterGen.Cli -c Release -o $BENCH_DIR/$folder $*"
  rm -rf "${BENCH_DIR:?}/$folder" "$BENCH_DIR/$folder-build"
  # Its own artifacts folder: the publish neither uses nor disturbs the checkout's bin/ and obj/.
  DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet publish "$NLG_SRC/src/NewsletterGen.Cli" -c Release \
    -o "$BENCH_DIR/$folder" --artifacts-path "$BENCH_DIR/$folder-build" "$@" >"$BENCH_DIR/logs/publish-$folder.log" 2>&1 \
    || { tail -30 "$BENCH_DIR/logs/publish-$folder.log" >&2; die "dotnet publish failed (log: $BENCH_DIR/logs/publish-$folder.log)"; }
  [[ -x $BENCH_DIR/$folder/newslettergen ]] || die "no $BENCH_DIR/$folder/newslettergen after dotnet publish"
}

NLG=$BENCH_DIR/nlg/newslettergen
NLG_AOT_BIN=$BENCH_DIR/nlg-aot/newslettergen
if has_tool newslettergen; then
  read -r -a publish_args <<<"$NLG_PUBLISH_ARGS"
  publish_nlg nlg "${publish_args[@]}"
fi
if has_tool newslettergen-aot; then
  publish_nlg nlg-aot -r linux-x64 -p:PublishAot=true
fi

# ---------------------------------------------------------------------------------------------
# Corpora and sites
# ---------------------------------------------------------------------------------------------
corpus() { # N -> folder holding posts/
  local n=$1 dir=$BENCH_DIR/corpus/$1
  if [[ ! -f $dir/.complete ]]; then
    log "making a corpus of $n posts"
    rm -rf "$dir" "$dir.tmp"
    python3 "$CORPUS_SCRIPT" "$n" "$dir.tmp" >&2
    touch "$dir.tmp/.complete"
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}

site_dir() { # TOOL N
  case $1 in
    # Eleventy's config imports markdown-it-footnote: the site must sit below its node_modules.
    eleventy) echo "$ELEVENTY_DIR/site-$2" ;;
    *) echo "$BENCH_DIR/sites/$1-$2" ;;
  esac
}

make_site() { # TOOL N: a fresh site, the corpus copied where the tool expects its posts
  local tool=$1 n=$2 posts site
  posts=$(corpus "$n")/posts
  site=$(site_dir "$tool" "$n")
  rm -rf "$site"
  case $tool in
    newslettergen|newslettergen-aot|newslettergen-before)
      mkdir -p "$site/content"
      cp -r "$posts" "$site/content/posts"
      if [[ $NLG_THEME == bench ]]; then
        cp "$REPO/bench/newslettergen/site.yml" "$site/content/site.yml"
        cp -r "$REPO/bench/newslettergen/templates" "$site/templates"
      else
        # The newsletter's own theme has a search page: keep its index.
        grep -v '^search_index:' "$REPO/bench/newslettergen/site.yml" >"$site/content/site.yml"
        if [[ $tool == newslettergen-before ]]; then
          cp -r "${NLG_BEFORE_TEMPLATES:-$NLG_SRC/templates}" "$site/templates"
        else
          cp -r "$NLG_SRC/templates" "$site/templates"
        fi
      fi ;;
    hugo)
      mkdir -p "$site/content"
      cp -r "$REPO/bench/hugo/." "$site/"
      cp -r "$posts" "$site/content/posts" ;;
    eleventy)
      mkdir -p "$site"
      cp -r "$REPO/bench/eleventy/." "$site/"
      find "$posts" -maxdepth 1 -name '*.md' -exec cp -t "$site/posts/" {} + ;;
  esac
}

build_cmd() { # TOOL N OUT -> the build command, one word per line
  local site
  site=$(site_dir "$1" "$2")
  case $1 in
    newslettergen) printf '%s\n' "$NLG" build --source "$site" --output "$3" ;;
    newslettergen-aot) printf '%s\n' "$NLG_AOT_BIN" build --source "$site" --output "$3" ;;
    newslettergen-before) printf '%s\n' "$NLG_BEFORE_BIN" build --source "$site" --output "$3" ;;
    hugo) printf '%s\n' "$HUGO" --source "$site" --destination "$3" --quiet ;;
    eleventy) printf '%s\n' "$ELEVENTY" "--input=$site" "--output=$3" --quiet ;;
  esac
}

# One cold build into a new, empty output folder: runs the tool under GNU time from its site
# folder. Prints "wall user sys maxrss_kb files post_pages".
#
# Every run writes into a folder of its own (out/TOOL-N-LABEL), deleted at the end of the
# script. Deleting the last output right before a run, as this script did first, made the run
# pay for the deletion: on this machine's ext4 (no journal, mounted with discard) creating 10,000
# folders right after deleting 10,000 others took 3 to 10 s instead of under 1 s, growing run
# after run (docs/performance-history.md, "Fifth round" and "Sixth round"). That is the file system, not
# the tool, and it fell on every tool by chance of order.
build_once() { # TOOL N LABEL
  local tool=$1 n=$2 label=$3 out site times logfile
  out=$BENCH_DIR/out/$tool-$n-$label
  site=$(site_dir "$tool" "$n")
  times=$BENCH_DIR/logs/$tool-$n-$label.time
  logfile=$BENCH_DIR/logs/$tool-$n-$label.log
  [[ ! -e $out ]] || die "$out already exists; outputs are deleted at the end of the script"
  local -a cmd
  mapfile -t cmd < <(build_cmd "$tool" "$n" "$out")
  # The previous build's output (150 MB and 11,000 files at 10,000 posts) is written back to
  # disk by the kernel in the background; untimed, before every build, so that no tool's
  # timing pays for another's output (as hyperfine's --prepare sync). Without it that writeback
  # overlapped whichever build came next, and most of a 1.5 s one.
  sync
  if ! (cd "$site" && /usr/bin/time -o "$times" -f '%e %U %S %M' "${cmd[@]}") >"$logfile" 2>&1; then
    tail -30 "$logfile" >&2
    die "$tool failed to build the $n-post site (log: $logfile)"
  fi
  local files posts
  files=$(find "$out" -type f | wc -l)
  posts=$(find "$out/posts" -mindepth 2 -maxdepth 2 -name index.html | wc -l)
  echo "$(tail -1 "$times") $files $posts"
}

# ---------------------------------------------------------------------------------------------
# Environment
# ---------------------------------------------------------------------------------------------
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  if has_tool newslettergen || has_tool newslettergen-aot; then
    if commit=$(git -C "$NLG_SRC" rev-parse --short HEAD 2>/dev/null); then
      if [[ -n $(git -C "$NLG_SRC" status --porcelain -- src templates) ]]; then commit+=" with uncommitted changes in src/ or templates/"; fi
    else
      commit="not a git checkout"
    fi
    if has_tool newslettergen; then
      echo "newslettergen: $commit ($NLG_SRC), published with: -c Release ${NLG_PUBLISH_ARGS:-(framework-dependent, no runtime identifier)}, .NET SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}')"
    fi
    if has_tool newslettergen-aot; then
      echo "newslettergen-aot: $commit ($NLG_SRC), published with: -c Release -r linux-x64 -p:PublishAot=true, .NET SDK $(dotnet --version), $(clang --version | head -1), binary $(($(stat -c %s "$NLG_AOT_BIN") / 1048576)) MiB"
    fi
  fi
  if has_tool newslettergen-before; then echo "newslettergen-before: $NLG_BEFORE_BIN ($("$NLG_BEFORE_BIN" --version 2>/dev/null || echo 'no --version'))"; fi
  if has_tool hugo; then echo "hugo: $("$HUGO" version)"; fi
  if has_tool eleventy; then echo "eleventy: $ELEVENTY_VERSION (markdown-it-footnote $FOOTNOTE_VERSION), node $(node --version)"; fi
  echo "sizes: $SIZES; runs: $RUNS; tools: $TOOLS; NewsletterGen's theme: $NLG_THEME"
} >"$BENCH_DIR/environment.txt"
cat "$BENCH_DIR/environment.txt" >&2

# ---------------------------------------------------------------------------------------------
# Runs
# ---------------------------------------------------------------------------------------------
RUNS_CSV=$BENCH_DIR/runs.csv
echo "size,tool,run,wall_s,user_s,sys_s,max_rss_kb,files,post_pages" >"$RUNS_CSV"
read -r -a tool_list <<<"$TOOLS"

# Left over from an interrupted run of this script.
rm -rf "${BENCH_DIR:?}"/out/* "$BENCH_DIR"/out/.*.tmp-*

for n in $SIZES; do
  for tool in "${tool_list[@]}"; do
    make_site "$tool" "$n"
  done
  log "waiting ${SETTLE_SECONDS} s for the file system to reuse the inodes just freed"
  sync
  sleep "$SETTLE_SECONDS"
  for tool in "${tool_list[@]}"; do
    log "$tool, $n posts: warm-up build"
    read -r wall _ _ _ files posts < <(build_once "$tool" "$n" warmup)
    log "  ${wall} s, $files files, $posts post pages"
    [[ $posts -eq $n ]] || log "  WARNING: $tool made $posts post pages for $n posts"
  done
  for ((run = 1; run <= RUNS; run++)); do
    count=${#tool_list[@]}
    for ((i = 0; i < count; i++)); do
      tool=${tool_list[(i + run - 1) % count]}
      read -r wall user sys rss files posts < <(build_once "$tool" "$n" "run$run")
      log "$n posts, run $run/$RUNS, $tool: ${wall} s wall, ${user}+${sys} s CPU, $((rss / 1024)) MiB"
      echo "$n,$tool,$run,$wall,$user,$sys,$rss,$files,$posts" >>"$RUNS_CSV"
    done
  done
done

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------
python3 "$REPO/bench/report.py" "$RUNS_CSV" "$BENCH_DIR/results.csv" "$BENCH_DIR/environment.txt"
log "results: $BENCH_DIR/results.csv (every run: $RUNS_CSV)"
# Deleted only now: deleting a size's outputs before the next size's builds slowed them (above).
rm -rf "${BENCH_DIR:?}"/out/*
