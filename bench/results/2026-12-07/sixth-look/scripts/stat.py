import sys, statistics as s, collections
d = collections.defaultdict(list)
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) == 6: d[p[0]].append(tuple(map(float, p[2:])))
for k, v in d.items():
    print(f"{k:10} n={len(v)} wall {s.median(x[0] for x in v):.2f} (min {min(x[0] for x in v):.2f}) user {s.median(x[1] for x in v):.2f} sys {s.median(x[2] for x in v):.2f} peak {s.median(x[3] for x in v)/1024:.0f} MiB")
