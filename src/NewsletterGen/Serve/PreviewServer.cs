using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsletterGen.Serve;

/// <summary>Serves the output folder over HTTP on 127.0.0.1 only, with Kestrel: files as they
/// are, except that HTML pages get <see cref="PreviewMarkup"/>; folder URLs serve their
/// index.html; unknown paths get the site's 404.html with status 404. Nothing is cached
/// (`Cache-Control: no-store`): the files change with every build. Two endpoints of its own
/// live under /__newslettergen/: the event stream and the current state as JSON. Requests whose
/// Host header is not a loopback name or a name given with --host are refused
/// (<see cref="HostFilter"/>).</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string EventsPath = "/__newslettergen/events";
    public const string StatusPath = "/__newslettergen/status";
    private const string OwnPrefix = "/__newslettergen/";

    private readonly string _root;
    private readonly ReloadBroadcaster _broadcaster;
    private readonly HostFilter _hosts;
    private WebApplication? _app;
    private volatile PreviewState _state = PreviewState.Initial();

    /// <param name="hosts">Host names answered besides 127.0.0.1, localhost and [::1].</param>
    public PreviewServer(string outputDirectory, ReloadBroadcaster broadcaster, IEnumerable<string>? hosts = null)
    {
        _root = Path.GetFullPath(outputDirectory);
        _broadcaster = broadcaster;
        _hosts = new HostFilter(hosts ?? []);
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:8080/.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public PreviewState State
    {
        get => _state;
        set => _state = value;
    }

    /// <summary>The state as the page script and tools read it.</summary>
    public string StateJson()
    {
        var state = _state;
        return JsonSerializer.Serialize(new StateMessage(state.Version, !state.IsBroken, state.Errors), StateMessageJson.Default.StateMessage);
    }

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0: any free port). A port
    /// that is taken is an <see cref="IOException"/> whose message says so in one line.</summary>
    public async Task StartAsync(int port, CancellationToken cancellationToken)
    {
        // The empty builder: no configuration files or environment variables that could move
        // the server off loopback, no logging, no routing; the caller owns Ctrl-C.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        app.Run(HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await app.DisposeAsync();
            throw new IOException($"port {port} on 127.0.0.1 is already in use; stop the program using it, or choose another port with --port (--port 0 picks a free one)", e);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        _app = app;
        Url = new Uri(app.Urls.First().TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (!_hosts.Allows(context.Request.Host))
        {
            // 421: this server is not the one for that name. Nothing of the site is sent.
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                $"This preview answers only to {string.Join(", ", _hosts.Names)}; to use another name, start it with serve --host NAME.\n",
                context.RequestAborted);
            return;
        }

        if (path.StartsWith(OwnPrefix, StringComparison.Ordinal))
        {
            await HandleOwnAsync(context, path);
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        var state = _state;
        if (!path.StartsWith(state.BasePath, StringComparison.Ordinal))
        {
            // A site published below a folder (base_url https://example.org/letter/) is served
            // below the same folder, so its links work; the root leads there.
            if (path == "/" || path + "/" == state.BasePath)
            {
                Redirect(context, state.BasePath);
                return;
            }

            await SendNotFoundAsync(context, state);
            return;
        }

        var relative = path[state.BasePath.Length..];
        switch (RequestPathResolver.Find(_root, relative))
        {
            case FileInfo file:
                await SendFileAsync(context, file.FullName, relative, StatusCodes.Status200OK, state);
                break;
            case DirectoryInfo when relative.Length > 0 && !relative.EndsWith('/'):
                Redirect(context, new PathString(path + "/").ToUriComponent() + context.Request.QueryString.ToUriComponent());
                break;
            case DirectoryInfo when RequestPathResolver.Find(_root, relative + "index.html") is FileInfo index:
                await SendFileAsync(context, index.FullName, relative + "index.html", StatusCodes.Status200OK, state);
                break;
            default:
                await SendNotFoundAsync(context, state);
                break;
        }
    }

    private async Task HandleOwnAsync(HttpContext context, string path)
    {
        switch (path)
        {
            case EventsPath:
                await _broadcaster.StreamAsync(context, StateJson);
                break;
            case PreviewMarkup.ScriptPath:
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(PreviewMarkup.Script, context.RequestAborted);
                break;
            case StatusPath:
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(StateJson(), context.RequestAborted);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task SendNotFoundAsync(HttpContext context, PreviewState state)
    {
        if (RequestPathResolver.Find(_root, "404.html") is FileInfo page)
        {
            await SendFileAsync(context, page.FullName, "404.html", StatusCodes.Status404NotFound, state);
            return;
        }

        // No site yet (the first build failed): the page still carries the script, which shows
        // the errors and reloads once a build succeeds.
        var html = PreviewMarkup.Inject("<!DOCTYPE html>\n<title>Not found</title>\n<p>Not found.</p>\n", state.Version, null);
        await SendAsync(context, Encoding.UTF8.GetBytes(html), ContentTypes.Html, StatusCodes.Status404NotFound);
    }

    /// <param name="outputPath">The file as the build named it ("posts/a/index.html"), for its banner.</param>
    private static async Task SendFileAsync(HttpContext context, string fullPath, string outputPath, int status, PreviewState state)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(fullPath, context.RequestAborted);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // The build swapped the folder between the lookup and the read; the page reloads soon.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var type = ContentTypes.For(fullPath);
        if (ContentTypes.IsHtml(type))
        {
            var html = PreviewMarkup.Inject(Encoding.UTF8.GetString(bytes), state.Version, state.Banners.GetValueOrDefault(outputPath));
            bytes = Encoding.UTF8.GetBytes(html);
        }

        await SendAsync(context, bytes, type, status);
    }

    private static async Task SendAsync(HttpContext context, byte[] bytes, string contentType, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>A temporary redirect: the preview's URLs may change with the next build.</summary>
    private static void Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
    }

    /// <summary>Kestrel's host would otherwise install its own Ctrl-C handler; the command that
    /// runs the server (or the test) decides when it stops.</summary>
    private sealed class CallerOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
