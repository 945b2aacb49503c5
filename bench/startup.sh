#!/usr/bin/env bash
# bench/startup.sh — the forms users run, timed on a small and a medium site in one run.
#
# Usage: bench/startup.sh [--runs 5] [--posts 513] [--reuse]
#
# Forms:
#   aot      the Native AOT binary (dotnet publish -r linux-x64 -p:PublishAot=true; here the one
#            scripts/pack-tool.sh publishes for the linux-x64 tool package)
#   tool     the tool as a user installs it: the three packages of scripts/pack-tool.sh in a local
#            folder, `dotnet tool install NewsletterGen.Tool --tool-path`, run by its command
#   any      the framework-dependent tool package, which every platform but linux-x64 gets: its
#            files run with `dotnet newslettergen.dll`
#   publish  `dotnet publish -c Release` (what `dotnet run -c Release` and a Release build run),
#            run with `dotnet newslettergen.dll`
#
# Sites: the newsletter of this repository (content/ and templates/) and a corpus of --posts posts
# from ../shared/bench/make-corpus.py with the newsletter's theme (as bench/run.sh lays it out
# with NLG_THEME=newsletter). Each run builds into a new folder after an untimed sync; the forms
# take turns round-robin (the order turns each round); one untimed warm-up build per form and site.
# Times by GNU time: wall clock, and CPU (user + system; on a busy machine the wall time also
# holds the waits for a core). Prints a Markdown table (medians, and the range of wall times);
# every run goes to $BENCH_DIR/startup-runs.csv. --reuse times the packages, installed tool and
# publish of the last run again instead of making them anew.
#
# Needs the .NET 10 SDK, clang and zlib1g-dev (Native AOT), python3 and GNU time.
# Environment: BENCH_DIR (default /tmp/nlg-bench), CORPUS_SCRIPT.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/nlg-bench}
CORPUS_SCRIPT=${CORPUS_SCRIPT:-$REPO/../shared/bench/make-corpus.py}
RUNS=5
POSTS=513
FORMS="aot tool any publish"

die() { echo "startup.sh: $*" >&2; exit 1; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) RUNS=${2:?}; shift 2 ;;
    --posts) POSTS=${2:?}; shift 2 ;;
    --reuse) REUSE=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1'" ;;
  esac
done
[[ -x /usr/bin/time ]] || die "needs GNU time (apt-get install time)"
command -v clang >/dev/null && [[ -f /usr/include/zlib.h ]] || die "Native AOT needs clang and zlib1g-dev"

W=$BENCH_DIR/startup
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
AOT=$W/art/publish/NewsletterGen.Cli/release_linux-x64/newslettergen
ANY_DLL=$W/any/tools/net10.0/any/newslettergen.dll
if [[ ${REUSE:-} == 1 ]]; then
  [[ -x $AOT && -x $W/tool/newslettergen && -f $ANY_DLL && -f $W/publish/newslettergen.dll ]] || die "nothing to --reuse in $W"
  rm -rf "$W/out" "$W/site-$POSTS"
  mkdir -p "$W/out"
else
rm -rf "$W"
mkdir -p "$W/logs" "$W/out"

# A version of its own, so that no NewsletterGen.Tool package cached by an earlier install is used.
VERSION=1.0.0-bench.$(date +%s)
log "scripts/pack-tool.sh (version $VERSION)"
"$REPO/scripts/pack-tool.sh" "$W/nupkg" --version "$VERSION" --artifacts-path "$W/art" >"$W/logs/pack.log" 2>&1 \
  || { tail -20 "$W/logs/pack.log" >&2; die "packing failed (log: $W/logs/pack.log)"; }
[[ -x $AOT ]] || die "no Native AOT binary at $AOT"

log "dotnet tool install NewsletterGen.Tool --tool-path $W/tool"
NUGET_PACKAGES=$W/nuget dotnet tool install NewsletterGen.Tool --version "$VERSION" --source "$W/nupkg" \
  --tool-path "$W/tool" >"$W/logs/install.log" 2>&1 || { cat "$W/logs/install.log" >&2; die "tool install failed"; }

mkdir -p "$W/any"
(cd "$W/any" && python3 -m zipfile -e "$W/nupkg/NewsletterGen.Tool.any.$VERSION.nupkg" .)
[[ -f $ANY_DLL ]] || die "no $ANY_DLL in the any package"

log "dotnet publish -c Release"
dotnet publish "$REPO/src/NewsletterGen.Cli" -c Release -o "$W/publish" --artifacts-path "$W/art-publish" \
  >"$W/logs/publish.log" 2>&1 || { tail -20 "$W/logs/publish.log" >&2; die "dotnet publish failed"; }
fi

cmd() { # FORM -> the command, one word per line
  case $1 in
    aot) echo "$AOT" ;;
    tool) echo "$W/tool/newslettergen" ;;
    any) printf '%s\n' dotnet "$ANY_DLL" ;;
    publish) printf '%s\n' dotnet "$W/publish/newslettergen.dll" ;;
  esac
}

corpus_site() {
  local corpus=$BENCH_DIR/corpus/$POSTS site=$W/site-$POSTS
  if [[ ! -f $corpus/.complete ]]; then
    rm -rf "$corpus" "$corpus.tmp"
    python3 "$CORPUS_SCRIPT" "$POSTS" "$corpus.tmp" >&2
    touch "$corpus.tmp/.complete"
    mv "$corpus.tmp" "$corpus"
  fi
  mkdir -p "$site/content"
  cp -r "$corpus/posts" "$site/content/posts"
  grep -v '^search_index:' "$REPO/bench/newslettergen/site.yml" >"$site/content/site.yml"
  cp -r "$REPO/templates" "$site/templates"
  echo "$site"
}

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ); $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit: $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown); .NET SDK $(dotnet --version)"
  echo "installed tool: $(readlink -f "$W/tool/newslettergen") ($("$W/tool/newslettergen" --version))"
} | tee "$W/environment.txt" >&2

CSV=$BENCH_DIR/startup-runs.csv
echo "site,form,run,wall_s,cpu_s" >"$CSV"
read -r -a forms <<<"$FORMS"
for site in newsletter corpus; do
  if [[ $site == newsletter ]]; then src=$REPO; else src=$(corpus_site); fi
  for f in "${forms[@]}"; do
    mapfile -t c < <(cmd "$f")
    "${c[@]}" build --source "$src" --output "$W/out/$site-$f-warmup" >/dev/null
  done
  for ((run = 1; run <= RUNS; run++)); do
    for ((i = 0; i < ${#forms[@]}; i++)); do
      f=${forms[(i + run - 1) % ${#forms[@]}]}
      mapfile -t c < <(cmd "$f")
      sync
      /usr/bin/time -o "$W/logs/t" -f '%e %U %S' "${c[@]}" build --source "$src" --output "$W/out/$site-$f-$run" >/dev/null
      read -r wall user sys < <(tail -1 "$W/logs/t")
      cpu=$(awk "BEGIN {print $user + $sys}")
      log "$site, run $run, $f: $wall s, CPU $cpu s"
      echo "$site,$f,$run,$wall,$cpu" >>"$CSV"
    done
  done
done
for f in "${forms[@]}"; do # every form made the same site
  diff -r "$W/out/newsletter-aot-1" "$W/out/newsletter-$f-1" >/dev/null || die "$f's newsletter differs from the AOT binary's"
done
rm -rf "${W:?}/out"

python3 - "$CSV" "$POSTS" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
names = {"aot": "Native AOT binary", "tool": "installed tool (`dotnet tool install`)",
         "any": "framework-dependent tool package (other platforms)", "publish": "`dotnet publish -c Release`"}
sites = {"newsletter": "the newsletter (9 posts)", "corpus": f"{sys.argv[2]} posts"}
print("| form | " + " | ".join(sites.values()) + " |")
print("|---|" + "---|" * len(sites))
for form in dict.fromkeys(r["form"] for r in rows):
    cells = []
    for site in sites:
        walls = sorted(float(r["wall_s"]) for r in rows if r["site"] == site and r["form"] == form)
        cpus = [float(r["cpu_s"]) for r in rows if r["site"] == site and r["form"] == form]
        cells.append(f"{statistics.median(walls):.2f} s ({walls[0]:.2f}–{walls[-1]:.2f}), CPU {statistics.median(cpus):.2f} s")
    print(f"| {names[form]} | " + " | ".join(cells) + " |")
EOF
