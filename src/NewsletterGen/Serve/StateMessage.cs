using System.Text.Json.Serialization;

namespace NewsletterGen.Serve;

/// <summary>The preview's state as the page script and tools read it, in the `hello` and
/// `errors` events and at /__newslettergen/status:
/// {"version":"3f2a9c01.4","succeeded":false,"errors":["content/posts/a.md:3:7: error NG0102: …"]}.</summary>
internal sealed record StateMessage(string Version, bool Succeeded, IReadOnlyList<string> Errors);

/// <summary>Serialises <see cref="StateMessage"/> without reflection, with the camelCase names
/// JavaScript expects. The default encoder escapes &lt; and &gt;, so no message can close a tag.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StateMessage))]
internal sealed partial class StateMessageJson : JsonSerializerContext;
