using Sitrep.Documents;
namespace Sitrep.Evaluation;

/// <summary>Gold files written by Python count code points; .NET strings count UTF-16 units.</summary>
public static class TextOffsets
{
    /// <summary>The UTF-16 offset of each code point offset, plus one for the end of the text.</summary>
    public static int[] CodePointToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        return [.. map];
    }
}
