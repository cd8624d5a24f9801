using Sitrep.Documents;
using Sitrep.Corrections;
using Sitrep.Export;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Cli;

/// <summary>sitrep query, sitrep export and sitrep timeline: reading the store.</summary>
public static class StoreCommands
{
    private sealed class FilterOptions
    {
        public readonly Option<string?> Type = new("--type") { Description = "PLOVER type: ASSAULT, RETREAT, PROTEST, …" };
        public readonly Option<string?> Actor = new("--actor") { Description = "A party's name (part of it) or code (IRQMIL), as actor, target or recipient." };
        public readonly Option<string?> Place = new("--place") { Description = "A place's name (part of it) or its province." };
        public readonly Option<string?> Near = new Option<string?>("--near") { Description = "LAT,LON: events within --radius km of the point." }.MustBePoint();
        public readonly Option<double> Radius = new Option<double>("--radius") { Description = "Kilometres around --near.", DefaultValueFactory = _ => 50 }.MustBeWithin(0, 20_040, "the radius in km");
        public readonly Option<string?> From = new Option<string?>("--from") { Description = "Events on or after this date (YYYY-MM-DD)." }.MustBeIsoDate();
        public readonly Option<string?> To = new Option<string?>("--to") { Description = "Events on or before this date (YYYY-MM-DD)." }.MustBeIsoDate();
        public readonly Option<string?> Status = new("--status") { Description = "reported, planned, claimed, denied, hypothetical or negated." };
        public readonly Option<string?> Outlet = new Option<string?>("--outlet") { Description = "The reporting outlet (part of its name)." }.MustNotBeBlank("part of an outlet's name");
        public readonly Option<string?> Text = new Option<string?>("--text") { Description = "Words the report contains (full-text search)." }.MustNotBeBlank("the words to search for");

        public FilterOptions()
        {
            Status.AcceptOnlyFromAmong(Enum.GetValues<Documents.EventStatus>().Select(s => s.ToJson()).ToArray());
            Type.MustNotBeBlank("a PLOVER type");
            Actor.MustNotBeBlank("part of an actor's name or its code");
            Place.MustNotBeBlank("part of a place's name");
        }

        public void AddTo(Command c)
        {
            foreach (var o in new Option[] { Type, Actor, Place, Near, Radius, From, To, Status, Outlet, Text }) c.Add(o);
        }

        public EventFilter Read(ParseResult p)
        {
            // The values were checked when the command line was parsed.
            (double, double, double)? near = p.GetValue(Near) is { } n && CommandLineValues.Point(n) is { } point ? (point.Lat, point.Lon, p.GetValue(Radius)) : null;
            string? Day(Option<string?> o) => CommandLineValues.IsoDate(p.GetValue(o))?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new EventFilter
            {
                Type = p.GetValue(Type), Actor = p.GetValue(Actor), Place = p.GetValue(Place), Near = near, From = Day(From), To = Day(To),
                Status = p.GetValue(Status), Outlet = p.GetValue(Outlet), Text = p.GetValue(Text),
            };
        }
    }

    /// <summary>Runs a read command on the store, opened read-only: a read command never creates, migrates or writes it.</summary>
    private static int WithStore(ParseResult parse, Option<string> db, TextWriter error, Func<ISitrepStore, int> action)
    {
        var target = parse.GetValue(db)!;
        try
        {
            using var store = SitrepStore.OpenReadOnly(target);
            return action(store);
        }
        catch (StoreException e)
        {
            error.WriteLine($"sitrep: {e.Message}");
            return SitrepCli.SomeInputsFailed;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or UriFormatException)
        {
            error.WriteLine($"sitrep: the store {target}: {e.Message}");
            return SitrepCli.SomeInputsFailed;
        }
    }

    public static Command Query(TextWriter output, TextWriter error)
    {
        var db = IngestCommand.DatabaseOption();
        var filters = new FilterOptions();
        var format = new Option<string>("--format") { Description = "table, jsonl or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var limit = new Option<int?>("--limit") { Description = "At most this many events." }.MustBeWithin(1, int.MaxValue, "the number of events");
        var command = new Command("query", "Find stored events by type, actor, place, dates, status, outlet or words; one row per report's event.") { db, format, limit };
        filters.AddTo(command);
        command.SetAction(parse => WithStore(parse, db, error, store =>
        {
            var events = store.FindEvents(filters.Read(parse), parse.GetValue(limit));
            switch (parse.GetValue(format))
            {
                case "jsonl": StoreExport.EventsJsonLines(output, events); break;
                case "csv": StoreExport.EventsCsv(output, events); break;
                default: StoreExport.EventsTable(output, events); output.WriteLine($"{events.Count} events"); break;
            }
            return SitrepCli.Ok;
        }));
        return command;
    }

    public static Command Export(TextWriter output, TextWriter error)
    {
        var db = IngestCommand.DatabaseOption();
        var filters = new FilterOptions();
        var format = new Option<string>("--format") { Description = "jsonl or csv (each report's events, as the machine read them), fused (merged events with their sources, JSON Lines), acled, geojson or plover (merged events as PLOVER JSON records, gold for 'sitrep eval events --format plover').", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "fused", "acled", "geojson", "plover");
        var machine = new Option<bool>("--machine") { Description = "Merged events as the machine read them, without the analysts' corrections (which are applied by default; rejected events are left out)." };
        var command = new Command("export", "Write stored events for other tools: JSON Lines, CSV, merged events, ACLED-like CSV, GeoJSON or PLOVER records.") { db, format, machine };
        filters.AddTo(command);
        command.SetAction(parse => WithStore(parse, db, error, store =>
        {
            var filter = filters.Read(parse);
            IReadOnlyList<MergedEvent> Merged() => MergedEvent.Read(store, store.FindFused(filter), parse.GetValue(machine));
            switch (parse.GetValue(format))
            {
                case "csv": StoreExport.EventsCsv(output, store.FindEvents(filter)); break;
                case "fused": StoreExport.FusedJsonLines(output, Merged()); break;
                case "acled": StoreExport.Acled(output, Merged()); break;
                case "geojson": StoreExport.GeoJson(output, Merged()); break;
                case "plover": StoreExport.Plover(output, Merged()); break;
                default: StoreExport.EventsJsonLines(output, store.FindEvents(filter)); break;
            }
            return SitrepCli.Ok;
        }));
        return command;
    }

    public static Command Fuse(TextWriter output, TextWriter error)
    {
        var db = IngestCommand.DatabaseOption();
        var rebuild = new Option<bool>("--rebuild") { Description = "Merge every stored event again from scratch (an ingest merges only what it added, with the same result)." };
        var command = new Command("fuse", "Merge events across reports and derive the timeline: what was stored since the last merge, or everything with --rebuild.") { db, rebuild };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(db)!;
            try
            {
                using var store = SitrepStore.Open(target);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                store.Fuse(parse.GetValue(rebuild));
                var took = clock.Elapsed;
                output.WriteLine($"{MergeSummary.Of(store)}; {took.TotalSeconds:0.0} s; store {store.Description}");
                return SitrepCli.Ok;
            }
            catch (Exception e) when (e is StoreException or Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or UriFormatException)
            {
                error.WriteLine($"sitrep: the store {target}: {e.Message}");
                return SitrepCli.SomeInputsFailed;
            }
        });
        return command;
    }

    public static Command Quotes(TextWriter output, TextWriter error)
    {
        var db = IngestCommand.DatabaseOption();
        var words = new Argument<string?>("WORDS") { Arity = ArgumentArity.ZeroOrOne, Description = "Words the quote contains (full-text search)." };
        words.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } w && string.IsNullOrWhiteSpace(w)) r.AddError("WORDS is empty: give the words to search for, or leave them out to list quotes by --speaker.");
        });
        var speaker = new Option<string?>("--speaker") { Description = "The speaker's name (part of it)." }.MustNotBeBlank("part of a speaker's name");
        var limit = new Option<int?>("--limit") { Description = "At most this many quotes." }.MustBeWithin(1, int.MaxValue, "the number of quotes");
        var json = new Option<bool>("--json") { Description = "One JSON object per quote." };
        var command = new Command("quotes", "Find stored quotes by their words or their speaker, with the report each comes from.") { words, db, speaker, limit, json };
        command.SetAction(parse => WithStore(parse, db, error, store =>
        {
            var quotes = store.FindQuotes(parse.GetValue(words), parse.GetValue(speaker), parse.GetValue(limit));
            foreach (var q in quotes)
                output.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(new { speaker = q.Speaker, quote = q.Content, outlet = q.Outlet, published = q.Published, report = q.Input })
                    : $"{q.Speaker ?? "(unnamed)"}: “{q.Content}” — {q.Outlet ?? q.Input}{(q.Published is null ? "" : ", " + q.Published)}");
            if (!parse.GetValue(json)) output.WriteLine($"{quotes.Count} quotes");
            return SitrepCli.Ok;
        }));
        return command;
    }

    public static Command Timeline(TextWriter output, TextWriter error)
    {
        var db = IngestCommand.DatabaseOption();
        var place = new Option<string?>("--place") { Description = "The place or base, by its name: \"K1 Air Base\"." };
        var actor = new Option<string?>("--actor") { Description = "A force or party: facts where it controls a place or has troops." };
        var json = new Option<bool>("--json") { Description = "One JSON object per fact." };
        var command = new Command("timeline", "How things stood over time: who controlled a place, how many troops were reported there, with the reports behind each fact.") { db, place, actor, json };
        command.SetAction(parse => WithStore(parse, db, error, store =>
        {
            if (parse.GetValue(place) is null && parse.GetValue(actor) is null) throw new UsageException("Name a --place or an --actor.");
            var states = store.States(parse.GetValue(place), parse.GetValue(actor));
            if (states.Count == 0)
            {
                error.WriteLine("sitrep: no facts for that in the store.");
                return SitrepCli.Ok;
            }
            foreach (var s in states)
            {
                var sources = JsonSerializer.Deserialize<List<string>>(s.Sources) ?? [];
                if (parse.GetValue(json))
                {
                    output.WriteLine(JsonSerializer.Serialize(new { subject = s.Subject, predicate = s.Predicate, value = s.Value, valid_from = s.ValidFrom, valid_to = s.ValidTo,
                        date_unknown = s.UnknownBound is { } bound ? (bound == "to" ? "valid_to" : "valid_from") : null, fused_event = s.FusedId, sources }));
                    continue;
                }
                string when = (s.ValidFrom, s.ValidTo, s.UnknownBound) switch
                {
                    (null, null, "to") => "until an unknown date",
                    (null, null, "from") => "from an unknown date",
                    (null, { } to, _) => $"until {to}",
                    ({ } from, null, _) => $"from {from}",
                    ({ } from, { } to, _) => $"{from} to {to}",
                    _ => "at an unknown date",
                };
                output.WriteLine($"{s.Subject}: {s.Predicate} {s.Value}, {when}");
                output.WriteLine($"    sources: {string.Join("; ", sources)}");
            }
            return SitrepCli.Ok;
        }));
        return command;
    }
}
