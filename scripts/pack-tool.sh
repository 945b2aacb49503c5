#!/usr/bin/env bash
# scripts/pack-tool.sh — packs the NewsletterGen.Tool release: three NuGet packages (docs/install.md).
#
# Usage: scripts/pack-tool.sh OUTDIR [--version X.Y.Z] [--artifacts-path DIR]
#
#   NewsletterGen.Tool.linux-x64.<v>.nupkg  the Native AOT binary (needs clang and zlib1g-dev)
#   NewsletterGen.Tool.any.<v>.nupkg        framework-dependent (the .NET 10 runtime runs it), for
#                                           every other platform
#   NewsletterGen.Tool.<v>.nupkg            the package users name: no code, only the list of the
#                                           two above, from which `dotnet tool install` picks the
#                                           one for the user's platform
#
# Push all three to the same feed. With --artifacts-path the intermediate files go there instead
# of the checkout's bin/ and obj/, and the Native AOT binary stays in
# DIR/publish/NewsletterGen.Cli/release_linux-x64/newslettergen (CI runs that one too).
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }
OUT="" VERSION="" ARTIFACTS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --version) VERSION=${2:?--version needs a value}; shift 2 ;;
    --artifacts-path) ARTIFACTS=(--artifacts-path "${2:?--artifacts-path needs a value}"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; exit 2 ;;
    *) [[ -z $OUT ]] || { usage >&2; exit 2; }; OUT=$1; shift ;;
  esac
done
[[ -n $OUT ]] || { usage >&2; exit 2; }

PROJECT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/src/NewsletterGen.Cli
COMMON=(-c Release -o "$OUT" ${ARTIFACTS[@]+"${ARTIFACTS[@]}"})
[[ -z $VERSION ]] || COMMON+=("-p:Version=$VERSION")

# The debugging symbols (newslettergen.dbg, twice the size of the binary) stay out of the package.
dotnet pack "$PROJECT" "${COMMON[@]}" -r linux-x64 -p:PublishAot=true -p:CopyOutputSymbolsToPublishDirectory=false
dotnet pack "$PROJECT" "${COMMON[@]}" -r any
# PublishAot tells the SDK that the RID-specific packages are Native AOT, packed one by one above;
# without it this command would make its own self-contained ones.
dotnet pack "$PROJECT" "${COMMON[@]}" -p:PublishAot=true
