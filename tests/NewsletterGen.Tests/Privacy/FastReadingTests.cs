using System.Text;
using AwesomeAssertions;
using NewsletterGen.Checks;
using NewsletterGen.Checks.Privacy;

namespace NewsletterGen.Tests.Privacy;

/// <summary>The fast reading of a page (<see cref="PlainMarkup"/>) against the real parser's
/// (<see cref="ParsedMarkup"/>): on every page the fast reading accepts, it finds every URL of
/// another origin the parser finds. Seeded random pages are made of the constructs that fooled
/// the old scanner, mixed with plain markup.</summary>
public class FastReadingTests
{
    private static readonly SiteOrigin Site = new(new Uri("https://example.org/"));

    private static readonly string[] Urls =
    [
        "/a.png", "https://example.org/ok.png", "https://evil.example/x.png", "//evil.example/x", @"/\evil.example/x", @"http:\\evil.example\x",
        "http:evil.example/x", " https://evil.example/sp ", "data:image/png;base64,AA", "data:text/css,@import%20'//evil.example/d.css'",
        "&#47;&#47;evil.example/e", "&sol;&sol;evil.example/n", "h\ttps://evil.example/t", "HTTPS://EVIL.EXAMPLE/U", "https://example.org.evil.example/",
    ];

    private static readonly string[] Css =
    [
        "url({U})", @"u\72l({U})", "@import\"{U}\";", "image-set('{U}' 1x)", "/* {U} */", "content: \"{U}\"", @"url(\68ttp://evil.example/h)",
        @"url('http:\2f\2f evil.example/s')", "x{background:url( {U} )}", "url({U} bad)", "\\", "'", "\"",
    ];

    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div class=\"a\">", "</div>", "text ", "<img src=\"{U}\" alt=\"x\">", "<img src={U}>", "<img src='{U}'>", "<img/src=\"{U}\">",
        "<img src=\"{U}\"alt=x>", "<IMG SRC=\"{U}\">", "<img src=\"/a.png\" src=\"{U}\">", "<!-- c -->", "<!-- x --!>", "<!-->", "<!--->", "<!-- {H} -->",
        "<style>{C}</style>", "<svg>", "</svg>", "<math>", "</math>", "<script>{H}</script>", "<script><!--<script></script>{H}--></script>", "<title>{H}</title>",
        "<textarea>", "</textarea>", "<a href=\"{U}\">", "</a>", "<link rel=\"stylesheet\" href=\"{U}\">", "<link rel=\"alternate\" href=\"{U}\">",
        "<link rel=\"preload\" imagesrcset=\"{U} 1x\">", "<source srcset=\"/a.png 1x,{U} 2x\">", "<div style=\"{C}\">", "<table background=\"{U}\">",
        "<select>", "</select>", "<noscript>", "</noscript>", "<base href=\"{U}\">", "<meta http-equiv=\"refresh\" content=\"0; url={U}\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">", "&amp;", "<", ">", "\"", "'", "</", "</p title=\">\">",
        "<!doctype html>", "<?x>", "<template>", "</template>", "<iframe srcdoc=\"&lt;img src=&quot;{U}&quot;&gt;\">", "</iframe>", "<object data=\"{U}\">",
        "<svg><style>{H}</style></svg>", "<svg><feImage href=\"{U}\"/></svg>", "<svg><image xlink:href=\"{U}\"/></svg>", "<form action=\"{U}\">",
        "<a ping=\"{U}\">", "<a rel=\"stylesheet icon\" href=\"{U}\">", "<area rel=\"preload\" href=\"{U}\">", "<body background=\"{U}\">", "\\", "<xmp>", "</xmp>", "<plaintext>", "<br/>", "<br / >", "<video poster=\"{U}\">",
    ];

    [Fact]
    public void On_every_page_it_accepts_the_fast_reading_finds_every_url_of_another_origin_the_parser_finds()
    {
        var accepted = 0;
        var withForeign = 0;
        for (var seed = 0; seed < 3000; seed++)
        {
            var page = RandomPage(new Random(seed));
            var fast = new PageLoads();
            if (!PlainMarkup.TryRead(Encoding.UTF8.GetBytes(page), fast))
            {
                continue;
            }

            accepted++;
            var parsed = new PageLoads();
            ParsedMarkup.Read(page, parsed);
            var missed = parsed.Urls.Where(Site.IsOther).Except(fast.Urls.Where(Site.IsOther)).ToList();
            missed.Should().BeEmpty("seed {0} gives the page {1}", seed, page);
            parsed.Bases.Should().BeEmpty("the fast reading leaves base elements to the parser (seed {0})", seed);
            parsed.BodyRefreshes.Should().BeEmpty("the fast reading leaves refreshes to the parser (seed {0})", seed);
            withForeign += fast.Urls.Any(Site.IsOther) ? 1 : 0;
        }

        // The test means something only if the fast reading accepts many of these pages.
        accepted.Should().BeGreaterThan(500);
        withForeign.Should().BeGreaterThan(200);
    }

    [Theory]
    [InlineData("""<img src="/\evil.example/a.png">""")]
    [InlineData("""<img src="http:\\evil.example\a.png">""")]
    [InlineData("""<table background="https://evil.example/bg.png">""")]
    [InlineData("""<svg><filter><feImage href="https://evil.example/f.png"/></filter></svg>""")]
    [InlineData("""<svg><pattern xlink:href="https://evil.example/p.svg"/></svg>""")]
    [InlineData("""<svg><script href="https://evil.example/s.js"></script></svg>""")]
    [InlineData("""<link rel="preload" as="image" imagesrcset="https://evil.example/a.png 1x">""")]
    [InlineData("""<div style="background: image-set('https://evil.example/i.png' 1x)">""")]
    [InlineData("""<style>@import"https://evil.example/a.css";</style>""")]
    [InlineData("""<div style="background: u\72l(https://evil.example/u.png)">""")]
    [InlineData("""<div style="background: url(\68ttp://evil.example/h.png)">""")]
    [InlineData("""<div style="background: url('http:\2f\2f evil.example/s.png')">""")]
    [InlineData("""<!-- x --!><img src="https://evil.example/c.png">""")]
    [InlineData("""<svg><style><img src="https://evil.example/s.png"></style></svg>""")]
    [InlineData("""<noscript><p title="</noscript><img src=https://evil.example/n.png>"></noscript>""")]
    [InlineData("""<img src="&sol;&sol;evil.example/r.png">""")]
    [InlineData("""<iframe title="x" srcdoc="&lt;img src=&quot;https://evil.example/d.png&quot;&gt;"></iframe>""")]
    [InlineData("""<a href="/" ping="https://evil.example/ping">x</a>""")]
    public void Each_construct_of_the_issue_is_found_by_whichever_reading_takes_the_page(string page)
    {
        HtmlLoads.Of(Encoding.UTF8.GetBytes(page)).Should().Contain(u => Site.IsOther(u));
        var parsed = new PageLoads();
        ParsedMarkup.Read(page, parsed);
        parsed.Urls.Should().Contain(u => Site.IsOther(u));
        var fast = new PageLoads();
        if (PlainMarkup.TryRead(Encoding.UTF8.GetBytes(page), fast))
        {
            fast.Urls.Should().Contain(u => Site.IsOther(u));
        }
    }

    [Fact]
    public void The_pages_the_theme_writes_are_read_by_the_fast_reading()
    {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:">
              <title>A &amp; B — Letter</title>
              <link rel="canonical" href="https://example.org/posts/a/">
              <link rel="stylesheet" href="/assets/style.css">
              <script type="application/ld+json">{"@context":"https://schema.org","headline":"A \u003c B"}</script>
            </head>
            <body>
              <a class="skip-link" href="#main">Skip</a>
              <main id="main" tabindex="-1"><p>Text with <code>&lt;img src="https://evil.example/"&gt;</code> & more.</p>
              <img src="/img/a.png" alt="A &quot;quoted&quot; alt" loading="lazy"><br/></main>
            </body>
            </html>
            """;

        PlainMarkup.TryRead(Encoding.UTF8.GetBytes(page), new PageLoads()).Should().BeTrue();
    }

    private static string RandomPage(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(1, 12);
        for (var i = 0; i < count; i++)
        {
            text.Append(Fill(Pieces[random.Next(Pieces.Length)], random, depth: 0));
            if (random.Next(4) == 0)
            {
                text.Append(random.Next(3) switch { 0 => " ", 1 => "\n", _ => "" });
            }
        }

        return text.ToString();
    }

    private static string Fill(string piece, Random random, int depth) => piece
        .Replace("{U}", Urls[random.Next(Urls.Length)], StringComparison.Ordinal)
        .Replace("{C}", Css[random.Next(Css.Length)].Replace("{U}", Urls[random.Next(Urls.Length)], StringComparison.Ordinal), StringComparison.Ordinal)
        .Replace("{H}", depth < 1 ? Fill(Pieces[random.Next(Pieces.Length)], random, depth + 1) : "x", StringComparison.Ordinal);
}
