#!/usr/bin/env python3
"""Summarise bench/run.sh's runs: medians per tool and size, and NewsletterGen's ratios (of its
ReadyToRun form, and of its Native AOT form when the runs have it: two more columns).

Usage: report.py RUNS_CSV RESULTS_CSV [ENVIRONMENT_TXT]

Reads every timed run (RUNS_CSV, as written by run.sh), writes the medians to RESULTS_CSV and
prints a Markdown table (preceded by the environment, if given) on stdout. Can be rerun on an
old runs.csv. Python 3 standard library only.
"""

import csv
import statistics
import sys

ORDER = {"newslettergen-before": 0, "newslettergen": 1, "newslettergen-aot": 2, "hugo": 3, "eleventy": 4}
FIELDS = ["size", "tool", "runs", "wall_median_s", "wall_min_s", "wall_max_s", "cpu_median_s",
          "max_rss_median_mib", "files", "post_pages", "nlg_wall_ratio", "nlg_cpu_ratio",
          "aot_wall_ratio", "aot_cpu_ratio"]


def summarise(rows):
    groups = {}
    for r in rows:
        groups.setdefault((int(r["size"]), r["tool"]), []).append(r)

    results = []
    for (size, tool), rs in groups.items():
        wall = [float(r["wall_s"]) for r in rs]
        cpu = [float(r["user_s"]) + float(r["sys_s"]) for r in rs]
        rss = [int(r["max_rss_kb"]) / 1024 for r in rs]
        results.append({
            "size": size, "tool": tool, "runs": len(rs),
            "wall_median_s": statistics.median(wall), "wall_min_s": min(wall), "wall_max_s": max(wall),
            "cpu_median_s": statistics.median(cpu), "max_rss_median_mib": statistics.median(rss),
            # more than one value means the runs did not all make the same site
            "files": "/".join(str(v) for v in sorted({int(r["files"]) for r in rs})),
            "post_pages": "/".join(str(v) for v in sorted({int(r["post_pages"]) for r in rs})),
        })

    results.sort(key=lambda r: (r["size"], ORDER.get(r["tool"], 9), r["tool"]))
    for prefix, tool in (("nlg", "newslettergen"), ("aot", "newslettergen-aot")):
        bases = {r["size"]: r for r in results if r["tool"] == tool}
        for r in results:
            base = bases.get(r["size"])
            r[f"{prefix}_wall_ratio"] = base["wall_median_s"] / r["wall_median_s"] if base and r["wall_median_s"] > 0 else None
            r[f"{prefix}_cpu_ratio"] = base["cpu_median_s"] / r["cpu_median_s"] if base and r["cpu_median_s"] > 0 else None
    return results


def same_round_ratios(rows, tool, other):
    """TOOL's wall time over OTHER's, round by round, per size: the two ran within seconds of
    each other, so a round's ratio moves less with the machine than either time does."""
    rounds = {}
    for r in rows:
        rounds.setdefault((int(r["size"]), r["run"]), {})[r["tool"]] = float(r["wall_s"])
    ratios = {}
    for (size, _), walls in rounds.items():
        if tool in walls and other in walls and walls[other] > 0:
            ratios.setdefault(size, []).append(walls[tool] / walls[other])
    return ratios


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.strip().splitlines()[2])
    runs_csv, results_csv = sys.argv[1:3]
    with open(runs_csv, newline="") as f:
        rows = list(csv.DictReader(f))
    results = summarise(rows)
    if not results:
        sys.exit(f"report.py: no runs in {runs_csv}")

    with open(results_csv, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        for r in results:
            w.writerow({k: (f"{v:.3f}" if isinstance(v, float) else ("" if v is None else v)) for k, v in r.items()})

    if len(sys.argv) == 4:
        with open(sys.argv[3]) as f:
            print("```\n" + f.read().rstrip() + "\n```\n")

    def ratio(v):
        return "" if v is None else f"{v:.2f}"

    aot = any(r["tool"] == "newslettergen-aot" for r in results)
    print("| Posts | Tool | Wall s (median) | Wall s (min–max) | CPU s user+sys (median) | Peak RSS MiB (median) "
          "| Output files | Post pages | NLG ÷ tool, wall | NLG ÷ tool, CPU |" + (" AOT ÷ tool, wall | AOT ÷ tool, CPU |" if aot else ""))
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" + (" ---: | ---: |" if aot else ""))
    for r in results:
        print(f"| {r['size']} | {r['tool']} | {r['wall_median_s']:.2f} | {r['wall_min_s']:.2f}–{r['wall_max_s']:.2f} "
              f"| {r['cpu_median_s']:.2f} | {r['max_rss_median_mib']:.0f} | {r['files']} | {r['post_pages']} "
              f"| {ratio(r['nlg_wall_ratio'])} | {ratio(r['nlg_cpu_ratio'])} |"
              + (f" {ratio(r['aot_wall_ratio'])} | {ratio(r['aot_cpu_ratio'])} |" if aot else ""))
    runs = sorted({r["runs"] for r in results})
    print(f"\nMedians of {'/'.join(map(str, runs))} cold builds per tool and size, interleaved round-robin. "
          "NLG ÷ tool is NewsletterGen's (ReadyToRun) median divided by the tool's: above 1, NewsletterGen is slower"
          + ("; AOT ÷ tool the same for its Native AOT binary." if aot else "."))
    for tool in ("newslettergen-aot", "newslettergen-before", "newslettergen"):
        for size, ratios in sorted(same_round_ratios(rows, tool, "hugo").items()):
            print(f"\n{tool} ÷ hugo in the same round, {size} posts: median {statistics.median(ratios):.3f}, "
                  f"{min(ratios):.3f}–{max(ratios):.3f} over {len(ratios)} rounds", end="")
    print()


if __name__ == "__main__":
    main()
