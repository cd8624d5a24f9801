using Sitrep.Store;

namespace Sitrep.Cli;

/// <summary>The store's merged events and timeline in one line, counted when a command ends (a merge itself never counts the store).</summary>
internal static class MergeSummary
{
    public static string Short(ISitrepStore store) => $"{store.Count(StoreTable.FusedEvents)} merged events from {store.Count(StoreTable.Events)}";

    public static string Of(ISitrepStore store) =>
        $"{Short(store)} ({store.Count(StoreTable.Contradictions)} contradictions), {store.Count(StoreTable.States)} timeline facts";
}
