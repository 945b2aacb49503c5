using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsletterGen.Checks.Privacy;

/// <summary>A page read as a browser reads it: AngleSharp's HTML parser (the HTML Standard's
/// tokenizer and tree builder: comments ended by <c>--!&gt;</c>, raw text, foreign SVG and MathML
/// content, foster parenting), then every element of the tree, template contents included, and
/// the CSS of every style element. A page with a noscript element is read twice, with scripting
/// on (as readers' browsers) and off, since the two read its content differently.</summary>
public static class ParsedMarkup
{

    public static void Read(string html, PageLoads loads)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(loads);
        Walk(new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument(html), loads);
        if (html.Contains("noscript", StringComparison.OrdinalIgnoreCase))
        {
            Walk(new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html), loads);
        }
    }

    private static void Walk(IDocument document, PageLoads loads)
    {
        var head = document.Head;
        var stack = new Stack<INode>();
        stack.Push(document);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement element)
            {
                Element(element, head, loads);
                if (element is IHtmlTemplateElement template)
                {
                    stack.Push(template.Content);
                }
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }
    }

    private static void Element(IElement element, IElement? head, PageLoads loads)
    {
        var space = element.NamespaceUri switch
        {
            "http://www.w3.org/2000/svg" => MarkupSpace.Svg,
            "http://www.w3.org/1998/Math/MathML" => MarkupSpace.MathMl,
            _ => MarkupSpace.Html,
        };
        var attributes = new List<KeyValuePair<string, string>>(element.Attributes.Length);
        foreach (var attribute in element.Attributes)
        {
            attributes.Add(new(attribute.Name, attribute.Value));
        }

        loads.Element(space, element.LocalName, attributes, inHead: head is not null && element.ParentElement == head);
        if (element.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            loads.Css(element.TextContent);
        }
    }
}
