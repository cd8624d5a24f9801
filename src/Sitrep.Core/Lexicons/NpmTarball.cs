using Sitrep.Documents;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Lexicons;

/// <summary>Files inside an npm package tarball (.tgz, as `npm pack` writes it), read without unpacking.</summary>
public static class NpmTarball
{
    /// <summary>The lines of one file in the package, streamed.</summary>
    public static IEnumerable<string> Lines(string tarball, string entryName)
    {
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var data = Find(tar, tarball, entryName);
        using var reader = new StreamReader(data, Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }

    /// <summary>One file of the package, whole (for JSON).</summary>
    public static byte[] Bytes(string tarball, string entryName)
    {
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        using var bytes = new MemoryStream();
        Find(tar, tarball, entryName).CopyTo(bytes);
        return bytes.ToArray();
    }

    private static Stream Find(TarReader tar, string tarball, string entryName)
    {
        while (tar.GetNextEntry() is { } entry)
            if (entry.Name == entryName && entry.DataStream is { } data) return data;
        throw new FileNotFoundException($"{tarball}: no {entryName} inside.");
    }
}
