namespace Krait.Runtime;

/// <summary>An exporter that tracks its memoryviews weakly instead of counting exports (bytearray, array.array):
/// a view dropped without release() stops blocking resizes once the .NET GC has collected it, where CPython's
/// reference counting would have released it at once.</summary>
internal interface IPyViewTracker
{
    void TrackView(PyMemoryView view);
    void UntrackView(PyMemoryView view);
}
