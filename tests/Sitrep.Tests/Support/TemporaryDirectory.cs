using Sitrep.Documents;
namespace Sitrep.Tests.Support;

/// <summary>A directory for one test's files, deleted with everything in it at the end.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory() => Path = Directory.CreateTempSubdirectory("sitrep-test-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
