using Sitrep.Rows;

namespace Sitrep.Store;

/// <summary>
/// Sitrep's store: reports with their results, merged events, the timeline, quotes. Two
/// implementations, SQLite (<see cref="SqliteStore"/>, the embedded default) and PostgreSQL
/// (<see cref="PostgresStore"/>); <see cref="SitrepStore.Open"/> picks one from a --db value.
/// Ids are given by the database, so any number of processes may write to one store at once;
/// each call is its own transaction.
/// </summary>
public interface ISitrepStore : IDisposable
{
    /// <summary>The file or server, for messages (no password).</summary>
    string Description { get; }

    /// <summary>The database file when the store is one (an ingest must not read it as a report); null for a server.</summary>
    string? FilePath { get; }

    int SchemaVersion { get; }

    /// <summary>Which of these content hashes and addresses are stored: an ingest asks per batch, so its memory does not grow with the store.</summary>
    StoredKeys FindStored(IReadOnlyCollection<string> contentHashes, IReadOnlyCollection<string> urls);

    /// <summary>
    /// Writes reports in one transaction, all of them or none, and clears any failure recorded
    /// for them earlier. A report whose text or address is already stored (by another process
    /// meanwhile) is not written twice. A near-copy of a stored original (<see cref="NearCopies"/>),
    /// or of one earlier in the batch, is stored as a link to it without its events and quotes.
    /// Both are decided under the write lock, so processes writing at once decide as one would.
    /// </summary>
    IReadOnlyList<WriteOutcome> Write(IReadOnlyList<StoredDocument> batch);

    /// <summary>Records why an input failed; a later success of the same input clears it.</summary>
    void RecordFailure(string input, string reason);

    long Count(StoreTable table);

    /// <summary>Every stored report's metadata, in the order they were stored.</summary>
    IReadOnlyList<DocumentView> Documents();

    /// <summary>Events that match, each from its report, in date order (undated last), then by id.</summary>
    IReadOnlyList<EventView> FindEvents(EventFilter filter, int? limit = null);

    /// <summary>The merged events the matching events belong to, each with all its members (whether they match or not).</summary>
    IReadOnlyList<FusedEvent> FindFused(EventFilter filter);

    /// <summary>One page of <see cref="FindFused"/>, in date order (undated last), and how many merged events match in all.</summary>
    FusedPage FindFusedPage(EventFilter filter, int offset, int limit);

    /// <summary>How many matching merged events begin on each day (by their earliest date), for a timeline chart; undated ones are not counted.</summary>
    IReadOnlyList<DayCount> CountByDay(EventFilter filter);

    /// <summary>One merged event with all its members and contradictions; null when no merged event has that id.</summary>
    FusedEvent? FindFusedById(long fusedId);

    /// <summary>One stored report with its text and sitrep/1 JSON; null when none has that id.</summary>
    DocumentDetail? Document(long id);

    /// <summary>The stored report with this text's hash or, failing that, this address; null when neither is stored.</summary>
    long? FindDocumentId(string contentHash, string? url);

    /// <summary>Reports whose title or text contain the words (full text), most recent first.</summary>
    IReadOnlyList<DocumentHit> SearchDocuments(string words, int limit);

    /// <summary>Parties named in events (part of a name or a code; all when null), most often named first.</summary>
    IReadOnlyList<ActorCount> Actors(string? name, int limit);

    /// <summary>Stores an analyst's correction as a new row; the event it corrects must exist. Returns its id.</summary>
    long AddCorrection(CorrectionRow correction);

    /// <summary>The corrections of these reports' events (of all, when null), oldest first.</summary>
    IReadOnlyList<CorrectionRow> Corrections(IReadOnlyCollection<long>? eventIds = null);

    /// <summary>Timeline facts about a place (its name) or an actor (part of a name).</summary>
    IReadOnlyList<StateView> States(string? place, string? actor);

    /// <summary>Quotes whose words match (full text), optionally by a speaker.</summary>
    IReadOnlyList<QuoteView> FindQuotes(string? words, string? speaker, int? limit = null);

    /// <summary>Merges events across reports and derives the timeline: the events stored since the last merge (the same result as a rebuild), or everything again; under a lock that one process holds at a time.</summary>
    /// <param name="rebuild">Recompute everything from all stored events; otherwise merge only what was stored since, with the same result.</param>
    FusionResult Fuse(bool rebuild = false);
}

/// <summary>The tables whose rows a user may count.</summary>
public enum StoreTable { Documents, Events, Quotes, Failures, FusedEvents, Contradictions, States, Corrections }

/// <summary>The content hashes and addresses, of those asked about, that are stored.</summary>
public sealed record StoredKeys(IReadOnlySet<string> ContentHashes, IReadOnlySet<string> Urls);

/// <summary>What became of one report written: its id (null: already stored, nothing written), and the original it nearly copies.</summary>
public sealed record WriteOutcome(long? Id, long? NearCopyOf)
{
    public static readonly WriteOutcome AlreadyStored = new(null, null);
}

/// <summary>How many merged events begin on a day. Properties, not a constructor: SQLite gives an empty answer's count column no type.</summary>
public sealed record DayCount
{
    public string Day { get; init; } = "";
    public long Events { get; init; }
}

/// <summary>A page of merged events: how many match in all, where the page starts, and its events.</summary>
public sealed record FusedPage(long Total, int Offset, IReadOnlyList<FusedEvent> Items);

/// <summary>
/// What one merge did: the events it merged, and the merged events, contradictions and timeline
/// facts it wrote (new or rewritten). A rebuild merges everything, so these are then the store's
/// totals; an incremental merge never counts the store (that would grow with it): ask <see cref="ISitrepStore.Count"/>.
/// </summary>
public sealed record FusionResult(int Events, int Fused, int Contradictions, int States);

/// <summary>A merged event: its id, every report's event in it, and where the reports disagree.</summary>
public sealed record FusedEvent(long FusedId, List<EventView> Members, List<ContradictionView> Contradictions);

/// <summary>A stored report's metadata.</summary>
public sealed record DocumentView
{
    public long Id { get; init; }
    public string ContentHash { get; init; } = "";
    public string Input { get; init; } = "";
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public string? Url { get; init; }
    public long? DuplicateOf { get; init; }
    public long Events { get; init; }
}
