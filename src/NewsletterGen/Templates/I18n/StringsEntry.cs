namespace NewsletterGen.Templates.I18n;

/// <summary>One key of an i18n file: a text (<see cref="Text"/>) or, for month and day names, a
/// list (<see cref="Names"/>), and the line its key is on.</summary>
public sealed record StringsEntry(string Key, int Line, UiText? Text, IReadOnlyList<string>? Names);
