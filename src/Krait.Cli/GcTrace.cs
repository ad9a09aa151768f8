using System.Diagnostics.Tracing;

namespace Krait.Cli;

/// <summary><c>KRAIT_GC_TRACE=1</c>: one line per garbage collection on stderr (generation, reason, pause, the
/// bytes promoted and the generations' sizes after it), from the runtime's own GC events. A diagnostic for
/// allocation-bound programs: which collections cost, and how much was live when they ran.
/// <c>KRAIT_GC_TRACE=alloc</c> instead samples allocations (the runtime reports the type of the object that
/// crosses each ~100 KB) and prints, at exit, the .NET types that took the most samples: what a program's
/// allocation volume is made of. Events arrive late, from a session the runtime polls: exit waits half a second for the last ones.</summary>
internal sealed class GcTrace : EventListener
{
    private const int GCStart = 1, GCEnd = 2, GCHeapStats = 4, GCAllocationTick = 10;
    private readonly bool _allocations;
    private readonly Dictionary<string, long> _sampled = new();
    private DateTime _start;
    private int _depth;
    private uint _reason;

    private GcTrace(bool allocations) => _allocations = allocations;

    internal static GcTrace Start() => new(Environment.GetEnvironmentVariable("KRAIT_GC_TRACE") == "alloc");

    protected override void OnEventSourceCreated(EventSource source)
    {
        // The constructor of the base class already reports the runtime's source, before _allocations is set.
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, Environment.GetEnvironmentVariable("KRAIT_GC_TRACE") == "alloc"
                ? EventLevel.Verbose : EventLevel.Informational, (EventKeywords)1 /* GC */);
    }

    public override void Dispose()
    {
        // The runtime hands its events to listeners from a session it polls: give the last ones time to arrive.
        Thread.Sleep(500);
        base.Dispose();
        if (!_allocations) return;
        lock (_sampled)
        {
            long total = _sampled.Values.Sum();
            foreach (var (type, bytes) in _sampled.OrderByDescending(kv => kv.Value).Take(25))
                Console.Error.WriteLine($"{bytes / 1048576.0,9:F1} MB {100.0 * bytes / total,5:F1}%  {type}");
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (_allocations)
        {
            if (e.EventId == GCAllocationTick && e.Payload is { Count: > 5 } p)
                lock (_sampled)
                    _sampled[p[5] as string ?? "?"] = _sampled.GetValueOrDefault(p[5] as string ?? "?") + Convert.ToInt64(p[3]);
            return;
        }
        switch (e.EventId)
        {
            case GCStart:
                _start = e.TimeStamp;
                _depth = Convert.ToInt32(e.Payload![1]);
                _reason = Convert.ToUInt32(e.Payload![2]);
                break;
            case GCEnd:
                Console.Error.Write($"gc gen{_depth} reason {_reason} {(e.TimeStamp - _start).TotalMilliseconds:F1} ms");
                break;
            case GCHeapStats:
                var p = e.Payload!;
                Console.Error.WriteLine($"; gen0 {Mb(p[0])} (promoted {Mb(p[1])}) gen1 {Mb(p[2])} (promoted {Mb(p[3])}) " +
                    $"gen2 {Mb(p[4])} loh {Mb(p[6])}");
                break;
        }
    }

    private static string Mb(object? bytes) => $"{Convert.ToUInt64(bytes) / 1048576.0:F1}M";
}
