
namespace Sitrep.Documents;

/// <summary>
/// One document: immutable text plus the layers the pipeline's stages add. Each layer is
/// written by the stage that owns it (see <see cref="Layer"/>) and read by later ones.
/// </summary>
public sealed class Document
{
    private readonly List<Mention> _candidates = [];
    private readonly List<Warning> _warnings = [];

    public Document(string text, DocumentSource? source = null)
    {
        Text = text;
        Source = source ?? new DocumentSource();
    }

    public string Text { get; }

    /// <summary>The time and memory this document may still use; the pipeline sets it, stages call <see cref="WorkBudget.Check"/> once per sentence.</summary>
    public WorkBudget Budget { get; set; } = WorkBudget.Unlimited;

    public DocumentSource Source { get; private set; }

    public IReadOnlyList<Token> Tokens { get; private set; } = [];

    public IReadOnlyList<Sentence> Sentences { get; private set; } = [];

    public IReadOnlyList<Paragraph> Paragraphs { get; private set; } = [];

    /// <summary>Mentions proposed by the finders; they may overlap. <see cref="Mentions"/> holds the chosen ones.</summary>
    public IReadOnlyList<Mention> MentionCandidates => _candidates;

    public IReadOnlyList<Mention> Mentions { get; private set; } = [];

    public IReadOnlyList<Entity> Entities { get; private set; } = [];

    public IReadOnlyList<Quantity> Quantities { get; private set; } = [];

    public IReadOnlyList<TimeExpression> Times { get; private set; } = [];

    public IReadOnlyList<Quote> Quotes { get; private set; } = [];

    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    public IReadOnlyList<Event> Events { get; private set; } = [];

    public IReadOnlyList<Warning> Warnings => _warnings;

    /// <summary>Tags and trees of every sentence, when a parser model is installed; null otherwise.</summary>
    public DependencyParse? Syntax { get; private set; }

    /// <summary>The event classifier's reading of each sentence, by sentence index; empty when no classifier is installed.</summary>
    public IReadOnlyList<SentenceType> SentenceTypes { get; private set; } = [];

    public void SetSource(DocumentSource source) => Source = source;

    public void SetSentenceTypes(IReadOnlyList<SentenceType> types) => SentenceTypes = types;

    public void SetTokens(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Paragraph> paragraphs)
    {
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
    }

    public void AddMentionCandidates(IEnumerable<Mention> mentions) => _candidates.AddRange(mentions);

    /// <summary>Withdraws candidates a later finder knows better (the entity tagger over a pattern's guess).</summary>
    public void RemoveMentionCandidates(IReadOnlySet<Mention> mentions) => _candidates.RemoveAll(m => mentions.Contains(m));

    public void SetMentions(IReadOnlyList<Mention> mentions) => Mentions = mentions;

    public void SetEntities(IReadOnlyList<Entity> entities) => Entities = entities;

    public void SetQuantities(IReadOnlyList<Quantity> quantities) => Quantities = quantities;

    public void SetTimes(IReadOnlyList<TimeExpression> times) => Times = times;

    public void SetQuotes(IReadOnlyList<Quote> quotes) => Quotes = quotes;

    public void SetClaims(IReadOnlyList<Claim> claims) => Claims = claims;

    public void SetEvents(IReadOnlyList<Event> events) => Events = events;

    public void SetSyntax(DependencyParse syntax) => Syntax = syntax;

    public void AddWarning(Warning warning) => _warnings.Add(warning);

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> TokenText(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public string TokenString(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    /// <summary>The sentence that holds the offset, by binary search.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return Math.Max(0, Math.Min(lo, Sentences.Count - 1));
    }

    /// <summary>The index of the first token starting at or after the offset.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the token that covers the offset, or -1.</summary>
    public int TokenCovering(int offset)
    {
        int i = TokenAtOrAfter(offset);
        if (i < Tokens.Count && Tokens[i].Start == offset) return i;
        if (i > 0 && Tokens[i - 1].Start <= offset && Tokens[i - 1].End > offset) return i - 1;
        return -1;
    }
}
