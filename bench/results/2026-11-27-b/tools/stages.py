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
markers=['MarkdownRenderer::Render','PageRenderer::Render','PageRenderer::RenderAll','FeedSet::','SearchIndexWriter::','SitemapWriter::','FrontMatterParser::','ContentLoader::','OutputWriter::','LinkChecker::','OriginCheck::','SiteBuilder::','RemoveForbiddenCharacters','SiteConfigLoader::','TemplateSet::','EntryAssembler::','SiteBuild::','libclrjit','gc_heap','WKS::','GCHeap']
c=collections.Counter()
for s in stacks:
    name=None
    for f in s:  # leaf first
        for m in markers:
            if m in f: name=m; break
        if name: break
    if name is None:
        name='other:'+(re.search(r'\] ([^\(]*)\(',s[0]).group(1) if re.search(r'\] ([^\(]*)\(',s[0]) else s[0][:50])
    c[name]+=1
tot=len(stacks)
for k,v in c.most_common(40): print(f"{v/tot*100:5.1f}% {v:6d} {k[:120]}")
