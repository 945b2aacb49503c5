import re,collections,sys
stacks=[];cur=[]
for line in open(sys.argv[1]):
    line=line.rstrip('\n')
    if not line.strip():
        if cur: stacks.append(cur); cur=[]
        continue
    if line.startswith('\t') or line.startswith(' '):
        parts=line.strip().split(' ',1)
        cur.append(parts[1] if len(parts)>1 else parts[0])
if cur: stacks.append(cur)
def short(f):
    m=re.search(r'\] ([^\(]*)\(',f); return m.group(1) if m else f[:80]
target=sys.argv[2]; depth=int(sys.argv[3]) if len(sys.argv)>3 else 1
c=collections.Counter(); n=0
for s in stacks:
    # s[0] is leaf; find outermost occurrence of target
    idx=[i for i,f in enumerate(s) if target in f]
    if not idx: continue
    i=max(idx); n+=1
    callee=' > '.join(short(x) for x in reversed(s[max(0,i-depth):i])) if i>0 else '(self)'
    c[callee]+=1
print(target, n, 'samples of', len(stacks))
for k,v in c.most_common(25): print(f"  {v:5d} {k[:220]}")
