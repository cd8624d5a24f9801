// A deliberate loop between two namespaces, for DependencyTests.ALoopBetweenTwoFoldersIsFound:
// proof that the loop check can fail.
namespace Sitrep.Tests.Architecture.LoopA
{
    public static class First
    {
        public static int Next(int n) => n <= 0 ? 0 : LoopB.Second.Next(n - 1);
    }
}

namespace Sitrep.Tests.Architecture.LoopB
{
    public static class Second
    {
        public static int Next(int n) => n <= 0 ? 0 : LoopA.First.Next(n - 1);
    }
}
