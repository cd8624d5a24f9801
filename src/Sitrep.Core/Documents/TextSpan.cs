namespace Sitrep.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into <see cref="Document.Text"/>.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public string Of(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}
