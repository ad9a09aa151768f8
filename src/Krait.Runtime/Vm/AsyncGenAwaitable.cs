namespace Krait.Runtime;

/// <summary>What the awaitables of async generators (async_generator_asend, async_generator_athrow) and
/// anext()'s anext_awaitable share: each is its own iterator and <c>__await__</c>, and exposes
/// send/throw/close. A step reports "finished with this value" through <c>done</c> instead of a thrown
/// StopIteration, so that <c>await</c> (SEND) and <c>async for</c> stay on the VM's non-throwing path.</summary>
internal abstract class AsyncGenAwaitable(PyType type) : PyObject(type)
{
    /// <summary>The state of a one-shot awaitable (genobject.c's AwaitableState).</summary>
    protected enum State { Init, Iter, Closed }

    /// <summary>send(arg) (None also stands for __next__): the value to pass up to the event loop, or, with
    /// <paramref name="done"/> set, the StopIteration value that finishes the await. Never throws StopIteration.</summary>
    internal abstract PyObject SendCore(PyObject arg, out bool done);

    /// <summary>throw(typ[, val[, tb]]), with the same result convention as <see cref="SendCore"/>.</summary>
    internal abstract PyObject ThrowCore(ReadOnlySpan<PyObject> args, out bool done);

    internal abstract PyObject CloseCore();

    private static PyObject Finish(PyObject result, bool done) => done ? throw PyGenBase.StopIterationFor(result) : result;

    /// <summary>Fills the iterator slots and the send/throw/close/__await__ methods of a subtype's Python type.</summary>
    protected static void InitProtocol(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o =>
        {
            var r = ((AsyncGenAwaitable)o).SendCore(PyNone.Instance, out bool done);
            if (!done) return r;
            return r is PyNone ? null : throw PyGenBase.StopIterationFor(r);
        };
        TypeBuilder.Method(t, "send", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs($"{t.Name}.send", args, kw, 1);
            var r = ((AsyncGenAwaitable)self!).SendCore(args[0], out bool done);
            return Finish(r, done);
        });
        TypeBuilder.Method(t, "throw", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("throw() takes no keyword arguments");
            var r = ((AsyncGenAwaitable)self!).ThrowCore(args, out bool done);
            return Finish(r, done);
        });
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs($"{t.Name}.close", args, kw, 0);
            return ((AsyncGenAwaitable)self!).CloseCore();
        });
        TypeBuilder.Method(t, "__await__", (self, args, kw) =>
        {
            PyAsyncGenerator.SlotWrapperNoArgs("__await__", args, kw);
            return self!;
        });
    }
}
