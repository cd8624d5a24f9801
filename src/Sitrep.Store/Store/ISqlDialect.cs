namespace Sitrep.Store;

/// <summary>Where the two databases' SQL differs: full-text search and list parameters.</summary>
internal interface ISqlDialect
{
    /// <summary>A condition true for the documents aliased so whose title or text match @text.</summary>
    string DocumentsMatching(string documentAlias);

    /// <summary>A condition true for the quotes aliased so whose words match @words.</summary>
    string QuotesMatching(string quoteAlias);

    /// <summary>The user's words as the value of @text or @words.</summary>
    string SearchTerms(string words);

    /// <summary>An ORDER BY key that sorts the column ascending with NULLs last, in the form the dialect's index on it serves.</summary>
    string UndatedLast(string column);

    /// <summary>Membership of the column in the list parameter.</summary>
    string InList(string column, string parameter);
}
