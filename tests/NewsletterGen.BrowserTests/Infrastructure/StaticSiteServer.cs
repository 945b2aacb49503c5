using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace NewsletterGen.BrowserTests.Infrastructure;

/// <summary>Serves a built site over loopback the way a static host does: a folder URL serves its
/// index.html, a folder without its trailing slash redirects to it, and anything else that is not
/// a file gets /404.html with status 404. It listens on 127.0.0.1 on a free port.</summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication app;
    private readonly string root;

    private StaticSiteServer(WebApplication app, string root, Uri address)
    {
        this.app = app;
        this.root = root;
        Address = address;
    }

    /// <summary>The server's origin, e.g. http://127.0.0.1:41234/ (with the trailing slash).</summary>
    public Uri Address { get; }

    public static async Task<StaticSiteServer> StartAsync(string siteRoot)
    {
        var root = System.IO.Path.GetFullPath(siteRoot);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = default(StaticSiteServer);
        app.Run(context => server!.ServeAsync(context));
        await app.StartAsync();
        var bound = app.Urls.Single();
        server = new StaticSiteServer(app, root, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var urlPath = context.Request.Path.Value ?? "/";
        var file = Resolve(urlPath);
        if (file is null && !urlPath.EndsWith('/') && ToLocal(urlPath) is { } folder && Directory.Exists(folder))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = urlPath + "/" + context.Request.QueryString;
            return;
        }

        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = Resolve("/404.html");
            if (file is null)
            {
                context.Response.StatusCode = status;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (type is not null && (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript" or "image/svg+xml"))
        {
            context.Response.ContentType += "; charset=utf-8";
        }

        context.Response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.ContentLength = new FileInfo(file).Length;
            return;
        }

        await context.Response.SendFileAsync(file);
    }

    /// <summary>The file a URL path names, or null: a folder URL names its index.html, and no
    /// path may leave the site's folder.</summary>
    private string? Resolve(string urlPath)
    {
        var local = ToLocal(urlPath.EndsWith('/') ? urlPath + "index.html" : urlPath);
        return local is not null && File.Exists(local) ? local : null;
    }

    private string? ToLocal(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Split('/').Any(segment => segment is ".." || segment.Contains('\\', StringComparison.Ordinal)))
        {
            return null;
        }

        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative));
        return full == root || full.StartsWith(root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
