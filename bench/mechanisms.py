#!/usr/bin/env python3
"""Summarises bench/mechanisms.sh: medians per theme and variant, ratios to base (markdown on stdout)."""
import csv
import glob
import os
import re
import statistics
import sys

folder = sys.argv[1]
rows = list(csv.DictReader(open(os.path.join(folder, "runs.csv"))))
print(open(os.path.join(folder, "environment.txt")).read().strip().replace("\n", "  \n"))
print()
for theme in dict.fromkeys(r["theme"] for r in rows):
    print(f"### {theme} theme, whole cold builds")
    print()
    print("| variant | runs | wall median | range | ÷ base | user+sys median | peak RSS median |")
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: |")
    mine = [r for r in rows if r["theme"] == theme]
    base = statistics.median(float(r["wall_s"]) for r in mine if r["variant"] == "base")
    for variant in dict.fromkeys(r["variant"] for r in mine):
        runs = [r for r in mine if r["variant"] == variant]
        walls = [float(r["wall_s"]) for r in runs]
        cpu = statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in runs)
        rss = statistics.median(int(r["max_rss_kb"]) for r in runs) / 1024
        wall = statistics.median(walls)
        print(f"| {variant} | {len(runs)} | {wall:.2f} s | {min(walls):.2f}–{max(walls):.2f} | {wall / base:.3f} | {cpu:.2f} s | {rss:.0f} MiB |")
    print()

reloads = {}
for path in sorted(glob.glob(os.path.join(folder, "reload-*-run*.md"))):
    variant = re.match(r"reload-(.+)-run\d+\.md", os.path.basename(path)).group(1)
    for line in open(path):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 7 and cells[1].isdigit():
            reloads.setdefault(variant, {}).setdefault(cells[0], []).append((float(cells[2]), float(cells[6])))
if reloads:
    print("### Edit-to-reload, own theme (median of each run's median save-to-reload; range over runs; server rebuild)")
    print()
    print("| variant | series | runs | median ms | range ms | server rebuild ms |")
    print("| --- | --- | ---: | ---: | --- | ---: |")
    for variant, series in reloads.items():
        for name, values in series.items():
            medians = [v[0] for v in values]
            print(f"| {variant} | {name} | {len(values)} | {statistics.median(medians):.0f} | {min(medians):.0f}–{max(medians):.0f} | {statistics.median(v[1] for v in values):.0f} |")
