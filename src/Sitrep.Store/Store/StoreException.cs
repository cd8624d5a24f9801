namespace Sitrep.Store;

/// <summary>A store that cannot be used as asked: not a Sitrep store, of an older schema, damaged. The message says which and what to do.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
