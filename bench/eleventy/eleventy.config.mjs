// Minimal Eleventy site for the NewsletterGen benchmark (bench/run.sh copies the corpus to posts/).
// Same pages as the other tools: post pages at /posts/<slug>/, a home page paginated by 10,
// one page per tag, a tag index, and one RSS feed with the full content of the newest 20 posts.
// The Markdown is close to NewsletterGen's: footnotes, tables, typographic quotes, heading ids,
// and links to another post's .md file rewritten to that post's page.
import footnote from "markdown-it-footnote";

const byNewest = (posts) => [...posts].reverse();
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function headingIds(md) {
  md.core.ruler.push("heading_ids", (state) => {
    const seen = new Map();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== "heading_open") continue;
      const text = tokens[i + 1].children.filter((t) => t.type === "text" || t.type === "code_inline").map((t) => t.content).join("");
      let id = text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9\s-]/g, "").trim().replace(/\s+/g, "-");
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      if (n > 0) id += "-" + n;
      tokens[i].attrSet("id", id);
    }
  });
}

function postLinks(md) {
  const render = md.renderer.rules.link_open ?? ((tokens, idx, options, env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = tokens[idx].attrGet("href");
    const m = href && /^(?:\d{4}-\d{2}-\d{2}-)?([^/:?#]+)\.md(#.*)?$/.exec(href);
    if (m) tokens[idx].attrSet("href", `/posts/${m[1]}/${m[2] ?? ""}`);
    return render(tokens, idx, options, env, self);
  };
}

export default function (eleventyConfig) {
  eleventyConfig.amendLibrary("md", (md) => {
    md.set({ typographer: true });
    md.use(footnote).use(headingIds).use(postLinks);
  });
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });

  eleventyConfig.addCollection("posts", (api) => api.getFilteredByGlob("posts/*.md"));
  eleventyConfig.addCollection("tagList", (api) => {
    const tags = new Set();
    for (const post of api.getFilteredByGlob("posts/*.md")) for (const tag of post.data.tags ?? []) tags.add(tag);
    return [...tags].sort((a, b) => a.localeCompare(b));
  });

  eleventyConfig.addFilter("newestFirst", byNewest);
  eleventyConfig.addFilter("head", (items, n) => items.slice(0, n));
  eleventyConfig.addFilter("isoDate", (date) => date.toISOString());
  eleventyConfig.addFilter("longDate", (date) => longDate.format(date));
  eleventyConfig.addFilter("rssDate", (date) => date.toUTCString().replace("GMT", "+0000"));

  return {
    // The corpus never holds {{ or {%, and the other tools don't run templates over Markdown either.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
