using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>A brat span that may be discontinuous ("315 448;463 553"): its fragments, in UTF-16 offsets.</summary>
public sealed record SpanSet(IReadOnlyList<TextSpan> Fragments)
{
    public int Length => Fragments.Sum(f => f.Length);

    public int Start => Fragments.Min(f => f.Start);

    public int End => Fragments.Max(f => f.End);

    public int Overlap(TextSpan span) => Fragments.Sum(f => Math.Max(0, Math.Min(f.End, span.End) - Math.Max(f.Start, span.Start)));

    public bool Overlaps(TextSpan span) => Overlap(span) > 0;

    public static SpanSet Of(TextSpan span) => new([span]);
}

/// <summary>A gold attribution: what was said (Content), who said it (Source, absent for Attribution-no-source) and the cue.</summary>
public sealed record GoldAttribution(SpanSet Content, SpanSet? Source, SpanSet? Cue);

/// <summary>An article with its gold attributions, read from one annotator's brat file.</summary>
public sealed record AttributionDocument(string Name, string Text, IReadOnlyList<GoldAttribution> Attributions, string AnnotationFile);
