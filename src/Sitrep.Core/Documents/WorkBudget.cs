using System.Diagnostics;

namespace Sitrep.Documents;

/// <summary>How much time and memory one report may take (<see cref="WorkBudget"/>).</summary>
public sealed record WorkLimits
{
    /// <summary>A report takes about 5.5 µs per character: the largest allowed (2,000,000 characters) about 11 s.</summary>
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Bytes allocated while reading one report: a 2 MB report of news allocates about 1 GB.</summary>
    public long MaxAllocatedBytes { get; init; } = 8L << 30;

    /// <summary>No limits: for measuring (the benchmarks), where the inputs are known.</summary>
    public static readonly WorkLimits None = new() { MaxTime = TimeSpan.MaxValue, MaxAllocatedBytes = long.MaxValue };
}

/// <summary>
/// The time and memory one report has used, checked by the pipeline between stages and by the
/// stages once per sentence: a report over its limits stops with <see cref="WorkBudgetExceededException"/>,
/// and fails alone. Memory is counted as bytes allocated on the reading thread (a stage runs on
/// the thread that runs the pipeline), which bounds what the report can hold.
/// </summary>
public sealed class WorkBudget
{
    private readonly WorkLimits _limits;
    private readonly long _deadline;
    private readonly long _allocatedAtStart;

    public WorkBudget(WorkLimits limits)
    {
        _limits = limits;
        _deadline = limits.MaxTime == TimeSpan.MaxValue ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(limits.MaxTime.TotalSeconds * Stopwatch.Frequency);
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>A budget that never runs out (one for all: it has no state that changes).</summary>
    public static readonly WorkBudget Unlimited = new(WorkLimits.None);

    public long Allocated => GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;

    /// <summary>Throws when the report has used its time or memory.</summary>
    public void Check()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
            throw new WorkBudgetExceededException($"took more than {Seconds(_limits.MaxTime)} (the limit for one report; raise it with --max-seconds)");
        if (_limits.MaxAllocatedBytes != long.MaxValue && Allocated > _limits.MaxAllocatedBytes)
            throw new WorkBudgetExceededException($"needed more than {_limits.MaxAllocatedBytes >> 20:N0} MB of memory (the limit for one report; raise it with --max-memory)");
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0.#} s" : $"{t.TotalMilliseconds:0.###} ms";
}

/// <summary>A report used more time or memory than its <see cref="WorkBudget"/> allows.</summary>
public sealed class WorkBudgetExceededException(string message) : Exception(message);
