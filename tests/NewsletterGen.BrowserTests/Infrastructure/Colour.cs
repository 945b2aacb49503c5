using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsletterGen.BrowserTests.Infrastructure;

/// <summary>A CSS computed colour ("rgb(r, g, b)" or "rgba(r, g, b, a)") and its WCAG relative luminance.</summary>
public readonly partial record struct Colour(double R, double G, double B, double A)
{
    public static Colour Parse(string css)
    {
        var m = RgbPattern().Match(css);
        if (!m.Success)
        {
            throw new FormatException($"Not a computed rgb() colour: '{css}'");
        }

        double N(int i) => double.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture);
        return new Colour(N(1), N(2), N(3), m.Groups[4].Success ? N(4) : 1);
    }

    /// <summary>0 for black, 1 for white (WCAG 2.1 relative luminance).</summary>
    public double Luminance => (0.2126 * Channel(R)) + (0.7152 * Channel(G)) + (0.0722 * Channel(B));

    public bool IsTransparent => A == 0;

    private static double Channel(double c)
    {
        var s = c / 255;
        return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex(@"^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$")]
    private static partial Regex RgbPattern();
}
