/* Search for the default NewsletterGen theme: loads the site's own index once, then filters it as
   you type. No dependencies, no eval, no innerHTML: every result is built with textContent. */
(() => {
  "use strict";
  const form = document.querySelector("form[data-index]");
  const input = document.getElementById("search-input");
  const list = document.getElementById("search-results");
  if (!form || !input || !list || !window.fetch) return;

  // Case- and accent-insensitive: "Souveraineté" and "souverainete" are the same word.
  const fold = (s) => String(s == null ? "" : s).normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'").toLowerCase();
  const month = new Intl.DateTimeFormat(document.documentElement.lang || "en", { month: "long", timeZone: "UTC" });
  const sameOrigin = (u) => { try { return new URL(u, location.href).origin === location.origin; } catch (e) { return false; } };
  let index = null;

  // The page gives the words in its language (templates/i18n/*.yml); a theme whose search page
  // does not falls back to English. "{query}", "{day}", "{month}" and "{year}" are filled in here.
  const say = {
    noResults: form.dataset.noResults || "No issues match “{query}”.",
    unavailable: form.dataset.unavailable || "Search is not available right now; try the archive.",
    date: form.dataset.date || "{day} {month} {year}",
  };
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? values[name] : all));

  const get = (url) => url.origin !== location.origin ? Promise.reject(new Error("index on another origin"))
    : fetch(url, { credentials: "same-origin" }).then((r) => {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });

  // The index lists its shards (one per year, newest first); they load side by side and are
  // searched as one list, in the site's order.
  const load = () => {
    if (!index) {
      const url = new URL(form.dataset.index, location.href);
      index = get(url).then((m) => Promise.all([].concat(m.shards || []).map((s) => get(new URL(s, url)))))
        .then((shards) => [].concat(...shards).map((d) => ({
        d,
        title: fold(d.title),
        all: fold([d.title, d.summary, [].concat(d.tags || []).join(" "), [].concat(d.headings || []).join(" "), d.text].join(" ")),
      }))).catch((e) => { index = null; throw e; });
    }
    return index;
  };

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };

  // "2024-07-05" -> "5 July 2024", "5. Juli 2024": in the page's language, like the dates the site prints.
  const showDate = (iso) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? fill(say.date, { day: +m[3], month: month.format(Date.UTC(+m[1], m[2] - 1, +m[3])), year: m[1] }) : "";
  };

  const result = ({ d }) => {
    const li = el("li", "search-result");
    if (d.language) li.lang = d.language; // an issue in another language says so (WCAG 3.1.2)
    const h = el("h2");
    const a = el("a", null, d.title);
    if (sameOrigin(d.url)) a.href = d.url;
    h.append(a);
    li.append(h);
    const day = showDate(d.date);
    if (day) {
      const p = el("p", "meta");
      const t = el("time", null, day);
      t.dateTime = d.date;
      p.append(t);
      li.append(p);
    }
    if (d.summary) li.append(el("p", "search-summary", d.summary));
    return li;
  };

  const search = () => {
    const q = input.value.trim();
    const words = fold(q).split(/\s+/).filter(Boolean);
    const here = new URL(location.href);
    if (words.length) here.searchParams.set("q", q); else here.searchParams.delete("q");
    history.replaceState(history.state, "", here);
    if (!words.length) {
      list.replaceChildren();
      return;
    }
    load().then((docs) => {
      if (input.value.trim() !== q) return; // a newer keystroke renders its own results
      const hits = [];
      docs.forEach((x, i) => {
        if (words.every((w) => x.all.includes(w))) hits.push({ x, i, t: words.filter((w) => x.title.includes(w)).length });
      });
      hits.sort((a, b) => b.t - a.t || a.i - b.i); // title matches first, then newest first
      list.replaceChildren(...(hits.length ? hits.slice(0, 50).map((h) => result(h.x))
        : [el("li", "search-empty", fill(say.noResults, { query: q }))]));
    }, () => {
      list.replaceChildren(el("li", "search-empty", say.unavailable));
    });
  };

  input.addEventListener("input", search);
  input.addEventListener("focus", () => load().catch(() => {}), { once: true });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    search();
  });
  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    search();
  }
})();
