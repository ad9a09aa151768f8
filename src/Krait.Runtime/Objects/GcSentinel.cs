namespace Krait.Runtime;

/// <summary>The companion of a Python object that has a <c>__del__</c> method or weak references: the only
/// strong path to it is from that object (a hidden last slot of a <see cref="PyInstance"/>'s member array,
/// else the <see cref="Finalization"/> table entry keyed by the object), so it becomes unreachable exactly
/// when the object does. A PyObject only so that it fits in the member array; never visible to Python. Its .NET finalizer runs on the finalizer thread and only queues
/// it; the Python work (weakref callbacks, <c>__del__</c>) runs later on a Python thread at a safe point.</summary>
internal sealed class GcSentinel : PyObject
{
    /// <summary>The object while its <c>__del__</c> is still to run (a strong reference: it keeps the object
    /// alive through the .NET finalization that resurrects it, as tp_finalize does); null once it has run or
    /// when the object has no finalizer.</summary>
    internal PyObject? Pending;
    /// <summary>The weak references to the object, or null when it has none.</summary>
    internal WeakTarget? Weak;
    /// <summary>PEP 442's "finalized" flag: <c>__del__</c> ran (gc.is_finalized).</summary>
    internal bool Finalized;
    /// <summary>Registration order (CPython finalizes a batch of garbage in allocation order).</summary>
    internal readonly long Seq;
    /// <summary>The .NET finalizer ran and queued it (it must be re-registered to watch a resurrected object).</summary>
    internal volatile bool Queued;

    internal GcSentinel(long seq) : base(PyType.ObjectType) => Seq = seq;

    ~GcSentinel()
    {
        // Finalizer thread: no Python code here, just hand the work to the interpreter.
        if (Pending is not null || Weak is not null) Finalization.Enqueue(this);
    }
}
