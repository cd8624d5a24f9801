namespace Sitrep.Documents;

/// <summary>A date an input gives for its own publication, and where it says so.</summary>
/// <param name="From">"container" (a feed item's or a JSON Lines row's date), "html-metadata", "front-matter", "dateline", or "option" (the user's fallback).</param>
public sealed record DateClaim(DateOnly Date, string From, TextSpan? Span = null);

/// <summary>
/// The one rule for a report's publication date, the anchor of "on Sunday" and "this month": what
/// the report says of itself wins — its container's date, then its page's metadata, then its
/// dateline — and a date given on the command line (--published) counts only where the report
/// gives none. A date set on the source before any claim (a gold file's creation time) stands.
/// </summary>
public static class PublicationDate
{
    /// <summary>Where a date can come from, most trusted first.</summary>
    public static readonly IReadOnlyList<string> Trust = ["given", "container", "html-metadata", "front-matter", "dateline", "option"];

    public static DocumentSource Decide(DocumentSource source, DateClaim? dateline)
    {
        var claims = new List<DateClaim>(source.PublishedClaims);
        if (source.Published is { } given) claims.Add(new DateClaim(given, source.PublishedFrom ?? "given", source.PublishedSpan));
        if (dateline is not null) claims.Add(dateline);
        var best = claims.OrderBy(c => Rank(c.From)).FirstOrDefault();
        return best is null ? source : source with { Published = best.Date, PublishedFrom = best.From, PublishedSpan = best.Span };
    }

    private static int Rank(string from)
    {
        for (int i = 0; i < Trust.Count; i++)
            if (Trust[i] == from) return i;
        return Trust.Count;
    }
}
