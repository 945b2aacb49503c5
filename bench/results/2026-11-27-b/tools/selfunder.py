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
    m=re.search(r'\] ([^\(]*)\(',f); return m.group(1) if m else f[:60]
target=sys.argv[2]; skip=sys.argv[3].split(',') if len(sys.argv)>3 else []
c=collections.Counter(); n=0
for s in stacks:
    if not any(target in f for f in s): continue
    n+=1
    # attribute to first frame (from leaf) that is managed & not in skip list
    for f in s:
        k=short(f)
        if '[' in f and not any(x in k for x in skip):
            c[k]+=1; break
    else: c['(native) '+short(s[0])]+=1
print(target,n)
for k,v in c.most_common(45): print(f"  {v/n*100:5.1f}% {k[:150]}")
