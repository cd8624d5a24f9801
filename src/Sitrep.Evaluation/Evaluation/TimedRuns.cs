using Sitrep.Documents;
using System.Diagnostics;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Runs gold documents through the pipeline one at a time for an evaluation, timing the pipeline
/// alone and counting what it read. A document the pipeline refuses is named in the problems
/// and left out of the scores.
/// </summary>
public sealed class TimedRuns(SitrepPipeline pipeline, ICollection<string> problems)
{
    private readonly Stopwatch _clock = new();

    /// <summary>Documents the pipeline ran on, and their sentences and tokens as Sitrep read them.</summary>
    public int Documents { get; private set; }

    public int Sentences { get; private set; }

    public int Tokens { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Sitrep's tokens per second of pipeline time.</summary>
    public double TokensPerSecond => Rate(Tokens);

    /// <summary><paramref name="tokens"/> per second of pipeline time (for gold tokens rather than Sitrep's).</summary>
    public double Rate(int tokens) => _clock.Elapsed.TotalSeconds > 0 ? tokens / _clock.Elapsed.TotalSeconds : 0;

    /// <summary>The annotated document, or null (and a problem named <paramref name="name"/>) when the pipeline refused it.</summary>
    public Document? Run(string text, DocumentSource source, string name)
    {
        var doc = new Document(text, source);
        _clock.Start();
        try
        {
            pipeline.Run(doc);
        }
        catch (PipelineException e)
        {
            problems.Add($"{name}: {e.Message}");
            return null;
        }
        finally
        {
            _clock.Stop();
        }
        Documents++;
        Sentences += doc.Sentences.Count;
        Tokens += doc.Tokens.Count;
        return doc;
    }
}
