using System.Globalization;

namespace NewsletterGen.Cli;

internal enum DiagnosticFormat
{
    Text,
    Github,
}
