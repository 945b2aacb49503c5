#!/usr/bin/env bash
# check-site.sh SITE_DIR — check a built site with real third-party checkers.
#
#   vnu       W3C Nu Html Checker (vnu-jar, Java) on every .html file: no errors allowed
#   xmllint   feed.xml and sitemap.xml (and atom.xml if present), and every feed.xml and
#             atom.xml in a folder below (tags, languages, sections), are well-formed XML
#   feed      Universal Feed Parser (Debian python3-feedparser) reads feed.xml (and atom.xml)
#             and every feed.xml/atom.xml below: not bozo, entry links and href/src inside
#             entry content are absolute, number of <item> elements in the file == number of
#             parsed entries, a folder's RSS and Atom feeds have as many entries
#   jsonfeed  feed.json and every feed.json below are JSON Feed 1.1 (python3's json): version,
#             title, items each with a unique id, an absolute url, content_html and an RFC 3339
#             date_published; every URL absolute (feed, items, images, authors, hubs, and
#             href/src/srcset/poster inside content_html); as many items as the RSS beside it
#   newsboat  newsboat, offline (exec:cat), sees as many items as feedparser in feed.xml and
#             in every edition's or section's feed.xml (a folder below with its own home)
#   links     linkinator serves SITE_DIR on localhost and crawls it from index.html
#             (--recurse --check-fragments --check-css, everything non-local skipped),
#             plus a static scan for cross-page #fragments that linkinator misses
#   origins   no <link>/<script>/<img>/<iframe>/<source>/<video>/<audio>/<embed>/<object>
#             (nor CSS url()/@import) in the site points to another origin
#
# Prints one PASS/FAIL line per check (with details under failures), runs every check,
# then exits 1 if any failed (2 on bad usage). Nothing is installed except the two npm
# checkers, cached in ${CHECKERS_DIR:-<repo>/.checkers}. Missing system tools are
# reported with the Debian package that provides them, and the check fails.
#
# Environment: CHECKERS_DIR (npm cache folder), PY (python with feedparser, default
# /usr/bin/python3), SITE_ORIGIN (extra origins treated as the site's own, space-separated;
# the origins of feed.xml's <link> and sitemap.xml's first <loc> are always own),
# MAX_DETAILS (detail lines shown per check, default 200).
set -euo pipefail

VNU_VERSION=26.9.27
LINKINATOR_VERSION=7.6.1

if [[ $# -ne 1 || -z $1 || $1 == -h || $1 == --help ]]; then
  echo "usage: $0 SITE_DIR" >&2
  exit 2
fi
if [[ ! -d $1 ]]; then
  echo "check-site: not a directory: $1" >&2
  exit 2
fi

SITE_ARG=$1
while [[ $SITE_ARG == */ && $SITE_ARG != / ]]; do SITE_ARG=${SITE_ARG%/}; done
SITE=$(cd "$SITE_ARG" && pwd -P)
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
CHECKERS_DIR=${CHECKERS_DIR:-$REPO/.checkers}
[[ $CHECKERS_DIR == /* ]] || CHECKERS_DIR=$PWD/$CHECKERS_DIR
PY=${PY:-/usr/bin/python3}
MAX_DETAILS=${MAX_DETAILS:-200}
VNU_JAR=$CHECKERS_DIR/node_modules/vnu-jar/build/dist/vnu.jar
LINKINATOR=$CHECKERS_DIR/node_modules/linkinator/build/src/cli.js

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-site.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

now_ms() { date +%s%3N; }

# need CMD DEBIAN_PACKAGE [WHAT] — print a clear message and fail when CMD is missing.
need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "  ${3:-$1} not found: install the Debian package $2 (apt-get install -y --no-install-recommends $2)"
    return 1
  fi
}

# need_py — $PY exists and is runnable.
need_py() {
  if [[ ! -x $PY ]] && ! command -v "$PY" >/dev/null 2>&1; then
    echo "  $PY not found: install the Debian package python3 (apt-get install -y --no-install-recommends python3), or set PY="
    return 1
  fi
}

# ---------------------------------------------------------------- npm checkers (cached)
CHECKERS_STATE=unknown   # ok | failed
CHECKERS_MSG=""

has_npm_pkg() { # NAME VERSION
  local pj=$CHECKERS_DIR/node_modules/$1/package.json
  [[ -f $pj ]] && grep -Eq "\"version\"[[:space:]]*:[[:space:]]*\"$2\"" "$pj"
}

ensure_checkers() {
  if has_npm_pkg vnu-jar "$VNU_VERSION" && has_npm_pkg linkinator "$LINKINATOR_VERSION" \
     && [[ -f $VNU_JAR && -f $LINKINATOR ]]; then
    CHECKERS_STATE=ok
    echo "checkers: vnu-jar $VNU_VERSION, linkinator $LINKINATOR_VERSION (cached in $CHECKERS_DIR)"
    return 0
  fi
  local missing
  missing=$(need node nodejs; need npm npm) || true
  if [[ -n $missing ]]; then
    CHECKERS_STATE=failed; CHECKERS_MSG=$missing
    echo "checkers: cannot install vnu-jar and linkinator:"; echo "$missing"
    return 1
  fi
  local t0 rc=0
  t0=$(now_ms)
  mkdir -p "$CHECKERS_DIR"
  npm install --prefix "$CHECKERS_DIR" --ignore-scripts --no-audit --no-fund \
    "vnu-jar@$VNU_VERSION" "linkinator@$LINKINATOR_VERSION" >"$tmp/npm.log" 2>&1 || rc=$?
  if [[ $rc -ne 0 ]] || ! [[ -f $VNU_JAR && -f $LINKINATOR ]]; then
    CHECKERS_STATE=failed
    CHECKERS_MSG="  npm install of vnu-jar@$VNU_VERSION linkinator@$LINKINATOR_VERSION into $CHECKERS_DIR failed (rc=$rc):
$(tail -n 15 "$tmp/npm.log" | sed 's/^/    /')"
    echo "checkers: install FAILED"; echo "$CHECKERS_MSG"
    return 1
  fi
  CHECKERS_STATE=ok
  echo "checkers: installed vnu-jar $VNU_VERSION, linkinator $LINKINATOR_VERSION into $CHECKERS_DIR ($(( ($(now_ms) - t0) / 1000 ))s)"
}

checkers_ready() {
  [[ $CHECKERS_STATE == ok ]] && return 0
  echo "${CHECKERS_MSG:-  npm checkers are not installed}"
  return 1
}

count_html() { find "$SITE" -type f \( -name '*.html' -o -name '*.htm' \) | wc -l | tr -d ' '; }

# ---------------------------------------------------------------- check: vnu
VNU_JS=$(cat <<'JS'
const fs = require('fs');
const [jsonFile, site, disp, countFile, max] = process.argv.slice(2);
let data;
try { data = JSON.parse(fs.readFileSync(jsonFile, 'utf8')); }
catch (e) { fs.writeFileSync(countFile, 'nojson'); process.exit(0); }
const errs = (data.messages || []).filter(m => m.type === 'error' || m.type === 'non-document-error');
fs.writeFileSync(countFile, String(errs.length));
const files = new Set();
errs.forEach((m, i) => {
  let p = m.url || '?';
  try { if (p.startsWith('file:')) p = decodeURIComponent(new URL(p).pathname); } catch (e) {}
  if (p === site) p = disp;
  else if (p.startsWith(site + '/')) p = disp + p.slice(site.length);
  files.add(p);
  if (i < +max) {
    const pos = m.lastLine ? `:${m.lastLine}${m.firstColumn ? ':' + m.firstColumn : ''}` : '';
    console.log(`  ${p}${pos}: ${m.message}`);
  }
});
if (errs.length > +max) console.log(`  ... and ${errs.length - max} more errors`);
fs.writeFileSync(countFile, `${errs.length} ${files.size}`);
JS
)

check_vnu() {
  local n rc=0 count
  n=$(count_html)
  SUMMARY="vnu: not run ($n .html files)"
  if [[ $n -eq 0 ]]; then SUMMARY="vnu: no .html files in $SITE_ARG"; return 1; fi
  need java default-jre-headless || return 1
  need node nodejs || return 1
  checkers_ready || return 1
  java -Xss16m -jar "$VNU_JAR" --errors-only --skip-non-html --format json --stdout "$SITE" \
    >"$tmp/vnu.json" 2>"$tmp/vnu.err" || rc=$?
  node - "$tmp/vnu.json" "$SITE" "$SITE_ARG" "$tmp/vnu.count" "$MAX_DETAILS" <<<"$VNU_JS" || true
  count=$(cat "$tmp/vnu.count" 2>/dev/null || echo nojson)
  if [[ $count == nojson ]]; then
    SUMMARY="vnu: no JSON report (java exited $rc) for $n files"
    tail -n 20 "$tmp/vnu.err" | sed 's/^/  /'
    return 1
  fi
  read -r nerr nfiles <<<"$count"
  if [[ $nerr -gt 0 ]]; then
    SUMMARY="vnu: $nerr errors in $nfiles of $n files"
    return 1
  fi
  SUMMARY="vnu: 0 errors in $n files"
  if [[ $rc -ne 0 ]]; then
    SUMMARY="vnu: java exited $rc with 0 errors reported ($n files)"
    tail -n 20 "$tmp/vnu.err" | sed 's/^/  /'
    return 1
  fi
}

# ---------------------------------------------------------------- check: xmllint
check_xmllint() {
  local files=() f bad=0 ok=() tags=() expected=2
  SUMMARY="xmllint: not run"
  need xmllint libxml2-utils || return 1
  for f in feed.xml sitemap.xml; do
    if [[ -f $SITE/$f ]]; then files+=("$f"); else echo "  $SITE_ARG/$f: missing"; bad=$((bad + 1)); fi
  done
  [[ -f $SITE/atom.xml ]] && files+=(atom.xml) && expected=3
  mapfile -t tags < <(sub_feeds)
  files+=(${tags[@]+"${tags[@]}"})
  expected=$((expected + ${#tags[@]}))
  for f in ${files[@]+"${files[@]}"}; do
    if xmllint --noout "$SITE_ARG/$f" >"$tmp/xmllint.out" 2>&1; then
      [[ $f == */* ]] || ok+=("$f")
    else
      bad=$((bad + 1))
      sed 's/^/  /' "$tmp/xmllint.out" | head -n "$MAX_DETAILS"
    fi
  done
  if [[ $bad -gt 0 ]]; then
    SUMMARY="xmllint: $bad of $expected files missing or not well-formed"
    return 1
  fi
  SUMMARY="xmllint: ${ok[*]}"
  [[ ${#tags[@]} -gt 0 ]] && SUMMARY+=" and ${#tags[@]} feeds of tags, languages and sections"
  SUMMARY+=" well-formed"
}

# sub_feeds — print every feed.xml and atom.xml in a folder below the site's root (tags/x/,
# a language's fr/ and fr/tags/x/, a section's folder), sorted.
sub_feeds() {
  (cd "$SITE" && find . -mindepth 2 -type f \( -name feed.xml -o -name atom.xml \) | sed 's|^\./||' | LC_ALL=C sort)
}

# ---------------------------------------------------------------- check: feed (feedparser)
FEED_PY=$(cat <<'PY'
import sys, os
site, disp, count_out, summary_out, maxd = sys.argv[1:6]
maxd = int(maxd)

def summary(s):
    with open(summary_out, 'w', encoding='utf-8') as f:
        f.write(s)

try:
    import feedparser
except ImportError:
    print(f"  feedparser is not importable by {sys.executable}: install the Debian package python3-feedparser "
          "(apt-get install -y --no-install-recommends python3-feedparser), or set PY=")
    summary("feed: feedparser missing")
    sys.exit(1)

from html.parser import HTMLParser
from urllib.parse import urlsplit
import re
import xml.etree.ElementTree as ET

URL_ATTRS = {'href', 'src', 'srcset', 'poster'}

def absolute(u):
    u = u.strip()
    try:
        p = urlsplit(u)
    except ValueError:
        return False
    if p.scheme.lower() in ('http', 'https'):
        return bool(p.netloc)
    return p.scheme.lower() == 'mailto'

class UrlCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []
    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in URL_ATTRS and v is not None:
                if k == 'srcset':
                    for cand in v.split(','):
                        cand = cand.strip()
                        if cand:
                            self.urls.append((tag, k, cand.split()[0]))
                else:
                    self.urls.append((tag, k, v))
    handle_startendtag = handle_starttag

def raw_count(path, shown):
    """Count <item> (RSS) or <entry> (Atom) elements in the file itself."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        # not well-formed (bozo reports why): count start tags outside CDATA and comments
        text = open(path, encoding='utf-8', errors='replace').read()
        text = re.sub(r'<!\[CDATA\[.*?\]\]>|<!--.*?-->', '', text, flags=re.S)
        items = len(re.findall(r'<item[\s>/]', text))
        return (items, '<item>') if items else (len(re.findall(r'<entry[\s>/]', text)), '<entry>')
    A = '{http://www.w3.org/2005/Atom}'
    if root.tag == 'rss':
        total = sum(1 for _ in root.iter('item'))
        stray = total - len(root.findall('channel/item'))
        if stray:
            problems.append(f'{shown}: {stray} <item> elements outside <rss><channel>')
        return total, '<item>'
    if root.tag == A + 'feed':
        return len(root.findall(A + 'entry')), '<entry>'
    if root.tag.endswith('RDF'):
        return len(root.findall('{http://purl.org/rss/1.0/}item')), '<item>'
    return None, f'unknown root element {root.tag}'

problems = []
parts = []
entry_counts = {}   # feed file -> entries feedparser parsed, for newsboat to compare with
names = ['feed.xml'] + (['atom.xml'] if os.path.exists(os.path.join(site, 'atom.xml')) else [])
def sub_feeds(names):
    # every feed below the root: tags/x/, a language's fr/ and fr/tags/x/, a section's folder
    found = []
    for dirpath, dirs, files in os.walk(site):
        dirs.sort()
        rel = os.path.relpath(dirpath, site).replace(os.sep, '/')
        if rel != '.':
            found += [f'{rel}/{f}' for f in names if f in files]
    return sorted(found)
tag_names = sub_feeds(('feed.xml', 'atom.xml'))
tag_counts = {}   # feed folder -> {file: entries}
for name in names + tag_names:
    path = os.path.join(site, name)
    shown = f'{disp}/{name}'
    is_tag = '/' in name
    if not os.path.isfile(path):
        problems.append(f'{shown}: missing')
        parts.append(f'{name} missing')
        continue
    with open(path, 'rb') as f:
        data = f.read()
    # raw bytes: no base URI, so relative links stay relative; keep content unsanitized
    d = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    n = len(d.entries)
    entry_counts[name] = n
    if d.bozo:
        exc = d.get('bozo_exception')
        line = ''
        if hasattr(exc, 'getLineNumber'):
            try:
                line = f':{exc.getLineNumber()}:{exc.getColumnNumber()}'
            except Exception:
                pass
        problems.append(f'{shown}{line}: feedparser bozo: {type(exc).__name__}: {exc}')
    if not d.version:
        problems.append(f'{shown}: feedparser does not recognise it as RSS or Atom')
    raw, what = raw_count(path, shown)
    if raw is None:
        problems.append(f'{shown}: cannot count entries in the file: {what}')
    elif raw != n:
        problems.append(f'{shown}: {raw} {what} elements in the file but feedparser parsed {n} entries')
    if n == 0:
        problems.append(f'{shown}: no entries')
    ids = {}
    for i, e in enumerate(d.entries, 1):
        title = (e.get('title') or '').strip()
        who = f'{shown}: entry {i} ({title[:50]!r})'
        link = e.get('link')
        if not link:
            problems.append(f'{who}: has no link')
        elif not absolute(link):
            problems.append(f'{who}: link {link!r} is not absolute (http/https)')
        gid = e.get('id')
        if gid:
            if gid in ids:
                problems.append(f'{who}: same id/guid as entry {ids[gid]} ({gid!r}); readers will drop one')
            ids.setdefault(gid, i)
        bodies = [c.get('value', '') for c in e.get('content', [])]
        if e.get('summary'):
            bodies.append(e['summary'])
        seen = set()
        for body in bodies:
            c = UrlCollector()
            try:
                c.feed(body); c.close()
            except Exception as ex:
                problems.append(f'{who}: content HTML not parseable: {ex}')
            for tag, attr, u in c.urls:
                if not absolute(u) and (tag, attr, u) not in seen:
                    seen.add((tag, attr, u))
                    problems.append(f'{who}: <{tag} {attr}="{u}"> in content is not absolute (http/https)')
    if is_tag:
        tag_counts.setdefault(os.path.dirname(name), {})[os.path.basename(name)] = n
        continue
    parts.append(f'{name}: {n} entries, feedparser {feedparser.__version__} {d.version or "?"}'
                 + (f', {raw} {what} in file' if raw is not None else ''))

for folder, counts in sorted(tag_counts.items()):
    if len(set(counts.values())) > 1:
        problems.append(f'{disp}/{folder}: the folder\'s feeds disagree: '
                        + ', '.join(f'{f} has {n} entries' for f, n in sorted(counts.items())))
if tag_names:
    parts.append(f'{len(tag_counts)} folders (tags, languages, sections): {len(tag_names)} feeds, '
                 f'{sum(sum(c.values()) for c in tag_counts.values())} entries')

with open(count_out, 'w') as f:
    f.writelines(f'{name}\t{n}\n' for name, n in sorted(entry_counts.items()))

for p in problems[:maxd]:
    print('  ' + p)
if len(problems) > maxd:
    print(f'  ... and {len(problems) - maxd} more')
if problems:
    summary(f'feed: {len(problems)} problem{"s" if len(problems) != 1 else ""} ({"; ".join(parts)})')
    sys.exit(1)
summary(f'feed: ok {entry_counts.get("feed.xml", 0)} entries ({"; ".join(parts)})')
PY
)

check_feed() {
  SUMMARY="feed: not run"
  need_py || return 1
  local rc=0
  "$PY" - "$SITE" "$SITE_ARG" "$tmp/feed.count" "$tmp/feed.summary" "$MAX_DETAILS" <<<"$FEED_PY" || rc=$?
  [[ -s $tmp/feed.summary ]] && SUMMARY=$(cat "$tmp/feed.summary")
  return $rc
}

# ---------------------------------------------------------------- check: jsonfeed
JSONFEED_PY=$(cat <<'PY'
import sys, os, re, json
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit
import xml.etree.ElementTree as ET
site, disp, summary_out, maxd = sys.argv[1:5]
maxd = int(maxd)
VERSION = 'https://jsonfeed.org/version/1.1'
RFC3339 = re.compile(r'^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$')

def absolute(u):
    if not isinstance(u, str):
        return False
    try:
        p = urlsplit(u.strip())
    except ValueError:
        return False
    if p.scheme.lower() in ('http', 'https'):
        return bool(p.netloc)
    return p.scheme.lower() == 'mailto'

def rfc3339(s):
    if not isinstance(s, str) or not RFC3339.match(s):
        return False
    try:
        datetime.fromisoformat(s.upper().replace('Z', '+00:00'))
        return True
    except ValueError:
        return False

class UrlCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []
    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v is None:
                continue
            if k == 'srcset':
                self.urls += [(tag, k, c.split()[0]) for c in v.split(',') if c.strip()]
            elif k in ('href', 'src', 'poster'):
                self.urls.append((tag, k, v))
    handle_startendtag = handle_starttag

def reject_constant(name):
    raise ValueError(f'{name} is not JSON')

def rss_items(folder):
    try:
        root = ET.parse(os.path.join(site, folder, 'feed.xml')).getroot()
        return len(root.findall('channel/item'))
    except (OSError, ET.ParseError):
        return None

problems = []
names = ['feed.json']
for dirpath, dirs, files in os.walk(site):
    dirs.sort()
    rel = os.path.relpath(dirpath, site).replace(os.sep, '/')
    if rel != '.' and 'feed.json' in files:
        names.append(f'{rel}/feed.json')
names = names[:1] + sorted(names[1:])
counts = {}
for name in names:
    shown = f'{disp}/{name}'
    path = os.path.join(site, name)
    if not os.path.isfile(path):
        problems.append(f'{shown}: missing')
        continue
    try:
        with open(path, encoding='utf-8') as f:
            feed = json.load(f, parse_constant=reject_constant)
    except (UnicodeDecodeError, ValueError) as ex:
        problems.append(f'{shown}: not valid UTF-8 JSON: {ex}')
        continue
    if not isinstance(feed, dict):
        problems.append(f'{shown}: the top level is not an object')
        continue
    if feed.get('version') != VERSION:
        problems.append(f'{shown}: version is {feed.get("version")!r}, not {VERSION!r}')
    if not isinstance(feed.get('title'), str) or not feed['title'].strip():
        problems.append(f'{shown}: no title')
    for key in ('home_page_url', 'feed_url', 'icon', 'favicon'):
        if key in feed and not absolute(feed[key]):
            problems.append(f'{shown}: {key} {feed[key]!r} is not absolute (http/https)')
    for i, hub in enumerate(feed.get('hubs') or [], 1):
        if not isinstance(hub, dict) or not hub.get('type') or not absolute(hub.get('url')):
            problems.append(f'{shown}: hub {i} needs a type and an absolute url: {hub!r}')
    items = feed.get('items')
    if not isinstance(items, list):
        problems.append(f'{shown}: items is not a list')
        continue
    counts[name] = len(items)
    if name != 'feed.json' and not items:
        problems.append(f'{shown}: no items')
    ids = {}
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict):
            problems.append(f'{shown}: item {i} is not an object')
            continue
        who = f'{shown}: item {i} ({str(item.get("title") or "")[:50]!r})'
        gid = item.get('id')
        if not isinstance(gid, str) or not gid:
            problems.append(f'{who}: id must be a non-empty string, not {gid!r}')
        elif gid in ids:
            problems.append(f'{who}: same id as item {ids[gid]} ({gid!r}); readers will drop one')
        else:
            ids[gid] = i
        if not absolute(item.get('url')):
            problems.append(f'{who}: url {item.get("url")!r} is not absolute (http/https)')
        if not isinstance(item.get('content_html'), str):
            problems.append(f'{who}: no content_html')
        else:
            c = UrlCollector()
            c.feed(item['content_html']); c.close()
            for tag, attr, u in dict.fromkeys(c.urls):
                if not absolute(u):
                    problems.append(f'{who}: <{tag} {attr}="{u}"> in content_html is not absolute (http/https)')
        if not rfc3339(item.get('date_published')):
            problems.append(f'{who}: date_published {item.get("date_published")!r} is not RFC 3339')
        if 'date_modified' in item and not rfc3339(item['date_modified']):
            problems.append(f'{who}: date_modified {item["date_modified"]!r} is not RFC 3339')
        for key in ('external_url', 'image', 'banner_image'):
            if key in item and not absolute(item[key]):
                problems.append(f'{who}: {key} {item[key]!r} is not absolute (http/https)')
        for a in item.get('authors') or []:
            for key in ('url', 'avatar'):
                if isinstance(a, dict) and key in a and not absolute(a[key]):
                    problems.append(f'{who}: author {key} {a[key]!r} is not absolute (http/https)')
    rss = rss_items(os.path.dirname(name))
    if rss is not None and rss != len(items):
        problems.append(f'{shown}: {len(items)} items, but {os.path.join(disp, os.path.dirname(name), "feed.xml")} has {rss}')

for p in problems[:maxd]:
    print('  ' + p)
if len(problems) > maxd:
    print(f'  ... and {len(problems) - maxd} more')
tags = [n for n in counts if n != 'feed.json']
where = (f'feed.json {counts.get("feed.json", "?")} items'
         + (f', {len(tags)} feeds of tags, languages and sections with {sum(counts[n] for n in tags)} items' if tags else ''))
with open(summary_out, 'w', encoding='utf-8') as f:
    if problems:
        f.write(f'jsonfeed: {len(problems)} problem{"s" if len(problems) != 1 else ""} ({where})')
    else:
        f.write(f'jsonfeed: ok, JSON Feed 1.1 ({where})')
sys.exit(1 if problems else 0)
PY
)

check_jsonfeed() {
  SUMMARY="jsonfeed: not run"
  need_py || return 1
  local rc=0
  "$PY" - "$SITE" "$SITE_ARG" "$tmp/jsonfeed.summary" "$MAX_DETAILS" <<<"$JSONFEED_PY" || rc=$?
  [[ -s $tmp/jsonfeed.summary ]] && SUMMARY=$(cat "$tmp/jsonfeed.summary")
  return $rc
}

# ---------------------------------------------------------------- check: newsboat
check_newsboat() {
  SUMMARY="newsboat: not run"
  need newsboat newsboat || return 1
  if [[ ! -f $SITE/feed.xml ]]; then echo "  $SITE_ARG/feed.xml: missing"; return 1; fi
  local nb=$tmp/newsboat feeds=(feed.xml) f rc n expected bad=0 total=0
  # Besides the site's feed, the feed of every folder with its own home page that is not a
  # tag's: a language's edition (fr/) or a section.
  while IFS= read -r f; do
    [[ $f == tags/* || $f == */tags/* || ! -f $SITE/$(dirname "$f")/index.html ]] || feeds+=("$f")
  done < <(sub_feeds | grep '/feed\.xml$' || true)
  for f in "${feeds[@]}"; do
    rm -rf "$nb" && mkdir -p "$nb" && rc=0
    cp "$SITE/$f" "$nb/feed.xml"          # no quoting trouble with odd site paths
    printf '"exec:cat %s/feed.xml"\n' "$nb" >"$nb/urls"
    : >"$nb/config"
    out=$(HOME=$nb timeout 120 newsboat -u "$nb/urls" -c "$nb/cache.db" -C "$nb/config" -x reload print-unread \
          </dev/null 2>"$nb/err") || rc=$?
    n=$(sed -n 's/^\([0-9][0-9]*\) unread articles*$/\1/p' <<<"$out" | tail -n 1)
    if [[ $rc -ne 0 || -z $n ]]; then
      echo "  newsboat failed on $SITE_ARG/$f (exit $rc)"
      { echo "$out"; cat "$nb/err"; } | tail -n 20 | sed 's/^/    /'
      bad=$((bad + 1)); continue
    fi
    expected=$(awk -F'\t' -v f="$f" '$1 == f { print $2 }' "$tmp/feed.count" 2>/dev/null || true)
    if [[ -z $expected ]]; then
      echo "  $SITE_ARG/$f: newsboat sees $n items, but there is no feedparser count to compare with (see the feed check)"
      bad=$((bad + 1)); continue
    fi
    if [[ $n -ne $expected ]]; then
      echo "  newsboat sees $n items in $SITE_ARG/$f, feedparser parsed $expected"
      bad=$((bad + 1)); continue
    fi
    total=$((total + n))
  done
  if [[ $bad -gt 0 ]]; then
    SUMMARY="newsboat: $bad of ${#feeds[@]} feeds failed or disagree with feedparser"
    return 1
  fi
  SUMMARY="newsboat: ${#feeds[@]} feed$([[ ${#feeds[@]} -eq 1 ]] || echo s), $total items (same as feedparser)"
}

# ---------------------------------------------------------------- check: links
# Static scan: every local <a href="...#frag"> whose target page has no id/name "frag".
# linkinator validates a fragment only when it first fetches the target page, so a fragment
# pointing at a page it had already crawled (e.g. /#latest from a post) is never checked;
# it also names the site root as the "parent" of every broken fragment. This scan supplies
# the missed ones and the real file:line of each referrer.
FRAG_PY=$(cat <<'PY'
import sys, os, json
from html.parser import HTMLParser
from urllib.parse import urlsplit, urljoin, unquote
site, out_file = sys.argv[1:3]

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set(); self.refs = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get('id'): self.ids.add(a['id'])
        if tag == 'a' and a.get('name'): self.ids.add(a['name'])
        if tag in ('a', 'area') and a.get('href') and '#' in a['href']:
            self.refs.append((self.getpos()[0], a['href'].strip()))
    handle_startendtag = handle_starttag

pages = {}
for dirpath, dirs, files in os.walk(site):
    dirs.sort()
    for fn in sorted(files):
        if fn.endswith(('.html', '.htm')):
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, site).replace(os.sep, '/')
            p = P()
            try:
                p.feed(open(full, encoding='utf-8', errors='replace').read()); p.close()
            except Exception:
                pass
            pages[rel] = p

def target_file(path):
    path = unquote(path).lstrip('/')
    cands = [path + 'index.html'] if (path == '' or path.endswith('/')) else [path, path + '/index.html', path + '.html']
    for c in cands:
        if c in pages:
            return c
    return None

BASE = 'http://site.invalid/'
missing = {}
for rel, p in pages.items():
    for line, href in p.refs:
        u = urlsplit(urljoin(BASE + rel, href))
        if f'{u.scheme}://{u.netloc}/' != BASE:
            continue
        frag = unquote(u.fragment)
        # "#top" scrolls to the top without any element (HTML spec); skip text fragments
        if not frag or frag.lower() == 'top' or frag.startswith(':~:'):
            continue
        tgt = target_file(u.path)
        if tgt is None or frag in pages[tgt].ids:
            continue          # a missing page is linkinator's to report
        key = u.path.lstrip('/') + '#' + u.fragment
        m = missing.setdefault(key, {'frag': frag, 'file': tgt, 'from': []})
        m['from'].append(f'{rel}:{line}')
json.dump(missing, open(out_file, 'w'))
PY
)

LINKS_JS=$(cat <<'JS'
const fs = require('fs');
const [jsonFile, fragFile, disp, outFile, max] = process.argv.slice(2);
let data;
try { data = JSON.parse(fs.readFileSync(jsonFile, 'utf8')); }
catch (e) { fs.writeFileSync(outFile, 'nojson'); process.exit(0); }
let frags = {};
try { frags = JSON.parse(fs.readFileSync(fragFile, 'utf8')); } catch (e) {}
const links = data.links || [];
const urls = new Set(links.map(l => l.url));
const rel = u => (u === disp ? '' : u.startsWith(disp + '/') ? u.slice(disp.length + 1) : u);
const isPage = u => !/^[a-z]+:/i.test(u) && (u === disp || /(\/|\.html?)$/.test(u));
const pages = new Set(links.filter(l => l.state === 'OK' && isPage(l.url)).map(l => l.url));
const from = list => list.map(r => `${disp}/${r}`).join(', ');
const parent = p => (!p ? '?' : p === disp ? `${disp}/index.html` : p);
const lines = []; const seen = new Set();
let broken = 0;
for (const l of links.filter(l => l.state === 'BROKEN')) {
  const r = rel(l.url);
  const f = r.includes('#') ? frags[r] : undefined;
  const k = f ? r : l.url + '|' + l.parent;   // linkinator lists a broken fragment twice
  if (seen.has(k)) continue; seen.add(k); broken++;
  if (r.includes('#') && l.status >= 200 && l.status < 300) {
    const frag = decodeURIComponent(r.slice(r.indexOf('#') + 1));
    lines.push(`  ${l.url}  (page exists, no id="${frag}" on it)  linked from ${f ? from(f.from) : parent(l.parent)}`);
  } else {
    const why = (l.failureDetails || []).map(d => d && (d.message || (d.status ? 'HTTP ' + d.status : '')))
      .filter(Boolean)[0] || (l.status ? `HTTP ${l.status}` : 'no response');
    lines.push(`  ${l.url}  (${why})  linked from ${parent(l.parent)}`);
  }
}
let extra = 0;
for (const [r, f] of Object.entries(frags)) {
  if (seen.has(r)) continue;
  extra++;
  lines.push(`  ${disp}/${r}  (page exists, no id="${f.frag}" on it; found by static scan)  linked from ${from(f.from)}`);
}
lines.slice(0, +max).forEach(s => console.log(s));
if (lines.length > +max) console.log(`  ... and ${lines.length - max} more`);
fs.writeFileSync(outFile, `${broken} ${urls.size} ${pages.size} ${extra}`);
JS
)

check_links() {
  local n rc=0 res broken urls pages extra
  n=$(count_html)
  SUMMARY="links: not run"
  if [[ ! -f $SITE/index.html ]]; then echo "  $SITE_ARG/index.html: missing"; return 1; fi
  need node nodejs || return 1
  need_py || return 1
  checkers_ready || return 1
  # Pass the folder, not .../index.html: linkinator only recurses into URLs under the
  # starting URL, so starting at /index.html would not crawl /posts/x/.
  node "$LINKINATOR" "$SITE_ARG" --recurse --check-fragments --check-css --concurrency 20 \
    --skip '^(?!https?://(localhost|127\.0\.0\.1)[:/])' --format json >"$tmp/links.json" 2>"$tmp/links.err" || rc=$?
  if ! "$PY" - "$SITE" "$tmp/frags.json" <<<"$FRAG_PY"; then
    SUMMARY="links: static #fragment scan crashed"
    return 1
  fi
  node - "$tmp/links.json" "$tmp/frags.json" "$SITE_ARG" "$tmp/links.res" "$MAX_DETAILS" <<<"$LINKS_JS" || true
  res=$(cat "$tmp/links.res" 2>/dev/null || echo nojson)
  if [[ $res == nojson ]]; then
    SUMMARY="links: linkinator gave no JSON report (exit $rc)"
    tail -n 20 "$tmp/links.err" | sed 's/^/  /'
    return 1
  fi
  read -r broken urls pages extra <<<"$res"
  local detail="linkinator $LINKINATOR_VERSION; $pages pages crawled, $n .html files in site"
  if [[ $broken -gt 0 || $extra -gt 0 ]]; then
    SUMMARY="links: $broken broken of $urls URLs"
    [[ $extra -gt 0 ]] && SUMMARY+=" + $extra broken #fragments found by static scan"
    SUMMARY+=" ($detail)"
    return 1
  fi
  SUMMARY="links: 0 broken of $urls URLs ($detail)"
  if [[ $rc -ne 0 ]]; then
    SUMMARY="links: linkinator exited $rc with 0 broken links ($detail)"
    tail -n 20 "$tmp/links.err" | sed 's/^/  /'
    return 1
  fi
  if [[ $pages -lt $n ]]; then
    echo "  note: $((n - pages)) .html files are not reachable from index.html, so their links were not crawled"
  fi
}

# ---------------------------------------------------------------- check: origins
ORIGINS_PY=$(cat <<'PY'
import sys, os, re
from html.parser import HTMLParser
from urllib.parse import urlsplit
site, disp, summary_out, maxd = sys.argv[1:5]
maxd = int(maxd)

def origin(u):
    u = u.strip()
    if u.startswith('//'):
        u = 'https:' + u
    try:
        p = urlsplit(u)
    except ValueError:
        return None
    if not p.netloc or p.scheme.lower() in ('data', 'blob'):
        return None
    scheme = p.scheme.lower()
    host = (p.hostname or '').lower()
    port = p.port
    if port and not ((scheme == 'http' and port == 80) or (scheme == 'https' and port == 443)):
        host += f':{port}'
    return f'{scheme}://{host}'

# The site's own origin(s): feed channel <link>, sitemap <loc>, and $SITE_ORIGIN.
own = set()
for name, pat in (('feed.xml', r'<link>\s*([^<\s]+)\s*</link>'), ('atom.xml', r'<link[^>]*href="([^"]+)"'),
                  ('sitemap.xml', r'<loc>\s*([^<\s]+)\s*</loc>')):
    try:
        m = re.search(pat, open(os.path.join(site, name), encoding='utf-8', errors='replace').read())
        if m and origin(m.group(1)):
            own.add(origin(m.group(1)))
    except OSError:
        pass
for o in os.environ.get('SITE_ORIGIN', '').split():
    if origin(o):
        own.add(origin(o))

CHECKED = {'link': ('href', 'imagesrcset'), 'script': ('src',), 'img': ('src', 'srcset'),
           'iframe': ('src',), 'source': ('src', 'srcset'), 'video': ('src', 'poster'),
           'audio': ('src',), 'track': ('src',), 'embed': ('src',), 'object': ('data',)}
CSS_URL = re.compile(r'''@import\s+(?:url\(\s*)?["']?([^"')\s;]+)|url\(\s*["']?([^"')\s]+)''', re.I)
bad = []

def check(file, line, what, u):
    o = origin(u)
    if o and o not in own:
        bad.append(f'  {disp}/{file}:{line}: {what} -> {u}')

def check_css(file, text, first_line=1):
    for m in CSS_URL.finditer(text):
        u = m.group(1) or m.group(2)
        check(file, first_line + text.count('\n', 0, m.start()), 'css url()', u)

class P(HTMLParser):
    def __init__(self, rel):
        super().__init__(convert_charrefs=True)
        self.rel = rel; self.in_style = False
    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        a = [(k, v) for k, v in attrs if v is not None]
        for k, v in a:
            if k in CHECKED.get(tag, ()):
                urls = [c.strip().split()[0] for c in v.split(',') if c.strip()] if k.endswith('srcset') else [v]
                for u in urls:
                    check(self.rel, line, f'<{tag} {k}>', u)
            if k == 'style':
                check_css(self.rel, v, line)
        self.in_style = tag == 'style'
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs); self.in_style = False
    def handle_endtag(self, tag):
        if tag == 'style':
            self.in_style = False
    def handle_data(self, data):
        if self.in_style:
            check_css(self.rel, data, self.getpos()[0])

nhtml = ncss = 0
for dirpath, dirs, files in os.walk(site):
    dirs.sort()
    for fn in sorted(files):
        full = os.path.join(dirpath, fn)
        rel = os.path.relpath(full, site).replace(os.sep, '/')
        if fn.endswith(('.html', '.htm')):
            nhtml += 1
            p = P(rel)
            p.feed(open(full, encoding='utf-8', errors='replace').read()); p.close()
        elif fn.endswith('.css'):
            ncss += 1
            check_css(rel, open(full, encoding='utf-8', errors='replace').read())

for b in bad[:maxd]:
    print(b)
if len(bad) > maxd:
    print(f'  ... and {len(bad) - maxd} more')
owns = ', '.join(sorted(own)) or 'none found'
where = f'{nhtml} .html and {ncss} .css files; own origin: {owns}'
with open(summary_out, 'w') as f:
    if bad:
        f.write(f'origins: {len(bad)} references to other origins ({where})')
    else:
        f.write(f'origins: no references to other origins in {where}')
sys.exit(1 if bad or nhtml == 0 else 0)
PY
)

check_origins() {
  SUMMARY="origins: not run"
  need_py || return 1
  local rc=0
  "$PY" - "$SITE" "$SITE_ARG" "$tmp/origins.summary" "$MAX_DETAILS" <<<"$ORIGINS_PY" || rc=$?
  [[ -s $tmp/origins.summary ]] && SUMMARY=$(cat "$tmp/origins.summary")
  return $rc
}

# ---------------------------------------------------------------- run them all
FAILED=()
TOTAL=0
run_check() { # NAME FUNCTION
  local name=$1 fn=$2 t0 rc=0 secs
  TOTAL=$((TOTAL + 1))
  SUMMARY="$name: ?"
  t0=$(now_ms)
  "$fn" >"$tmp/detail" 2>&1 || rc=$?
  secs=$(awk -v ms=$(( $(now_ms) - t0 )) 'BEGIN { printf "%.1f", ms / 1000 }')
  if [[ $rc -eq 0 ]]; then
    echo "PASS $SUMMARY [${secs}s]"
  else
    echo "FAIL $SUMMARY [${secs}s]"
    FAILED+=("$name")
  fi
  cat "$tmp/detail"
}

T0=$(now_ms)
echo "check-site: $SITE_ARG ($(count_html) .html files)"
ensure_checkers || true
run_check vnu check_vnu
run_check xmllint check_xmllint
run_check feed check_feed
run_check jsonfeed check_jsonfeed
run_check newsboat check_newsboat
run_check links check_links
run_check origins check_origins
ELAPSED=$(( ($(now_ms) - T0) / 1000 ))

if [[ ${#FAILED[@]} -gt 0 ]]; then
  echo "check-site: ${#FAILED[@]} of $TOTAL checks FAILED (${FAILED[*]}) for $SITE_ARG in ${ELAPSED}s"
  exit 1
fi
echo "check-site: all $TOTAL checks passed for $SITE_ARG in ${ELAPSED}s"
