namespace NewsletterGen.Model;

public sealed record YearGroup(int Year, IReadOnlyList<Post> Posts);
