using System.Text.Json.Serialization;

namespace NewsletterGen.Tests.Archives;

[JsonSerializable(typeof(string))]
internal sealed partial class SampleJson : JsonSerializerContext;
