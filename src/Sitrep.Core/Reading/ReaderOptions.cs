using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Reading;

/// <summary>Limits and overrides for reading inputs.</summary>
public sealed record ReaderOptions
{
    /// <summary>
    /// Inputs larger than this are refused before parsing (default 32 MB): a page is parsed into a
    /// tree some 20 times its size, and no report needs more (its text is limited to 2,000,000 characters).
    /// </summary>
    public long MaxBytes { get; init; } = 32L << 20;

    /// <summary>The most --max-bytes may be: one report is read into memory whole, and .NET arrays stop at 2 GB.</summary>
    public const long MaxBytesLimit = int.MaxValue;

    /// <summary>Extracted text longer than this is refused: it is a book or a dump, not a report (default 2,000,000 characters).</summary>
    public int MaxTextCharacters { get; init; } = 2_000_000;

    /// <summary>Forces a format instead of guessing it from the name and the bytes.</summary>
    public InputFormat? Format { get; init; }

    /// <summary>The date for a report that gives none of its own (--published): a fallback, never an override (<see cref="PublicationDate"/>).</summary>
    public DateOnly? Published { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }
}
