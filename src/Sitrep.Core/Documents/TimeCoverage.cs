namespace Sitrep.Documents;

/// <summary>Which characters lie inside a time expression, computed once per document.</summary>
public static class TimeCoverage
{
    public static bool[] Of(Document doc)
    {
        var covered = new bool[doc.Text.Length];
        foreach (var t in doc.Times)
            for (int k = t.Span.Start; k < t.Span.End; k++) covered[k] = true;
        return covered;
    }
}
