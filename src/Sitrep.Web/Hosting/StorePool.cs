using System.Collections.Concurrent;
using Sitrep.Store;

namespace Sitrep.Web.Hosting;

/// <summary>
/// Open connections to the store, one per request at a time: a store's connection serves one
/// caller, and opening one per request would run the schema check each time. A returned store
/// goes back to the pool; the pool keeps at most <see cref="MaxIdle"/>.
/// </summary>
public sealed class StorePool(string target) : IDisposable
{
    private const int MaxIdle = 16;
    private readonly ConcurrentBag<ISitrepStore> _idle = [];

    public string Target => target;

    /// <summary>Opens (creating and migrating when new) the store once, so a bad --db fails at start, not on the first request.</summary>
    public void Check() => Return(SitrepStore.Open(target));

    public T Use<T>(Func<ISitrepStore, T> action)
    {
        var store = _idle.TryTake(out var s) ? s : SitrepStore.Open(target);
        T result;
        try
        {
            result = action(store);
        }
        catch
        {
            // Its connection may be broken (a server restarted, a dropped link): never reuse it.
            store.Dispose();
            throw;
        }
        Return(store);
        return result;
    }

    private void Return(ISitrepStore store)
    {
        if (_idle.Count < MaxIdle) _idle.Add(store);
        else store.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var s)) s.Dispose();
    }
}
