namespace Sitrep.Actors;

/// <summary>CAMEO actor codes as their three-letter parts ("IRQKRDMIL": IRQ, KRD, MIL).</summary>
public static class CameoCode
{
    /// <summary>One of the code's three-letter parts, from part <paramref name="from"/> on, is one of <paramref name="parts"/>.</summary>
    public static bool HasPart(string code, int from, params ReadOnlySpan<string> parts)
    {
        for (int k = from * 3; k + 3 <= code.Length; k += 3)
            foreach (var part in parts)
                if (code.AsSpan(k, 3).SequenceEqual(part)) return true;
        return false;
    }

    /// <summary>The code of a business: a multinational ("MNCJPN") or a business sector ("USABUS").</summary>
    public static bool IsBusiness(string code) => HasPart(code, 0, "MNC", "BUS");
}
