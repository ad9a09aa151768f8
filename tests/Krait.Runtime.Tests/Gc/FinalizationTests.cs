using System.Runtime.CompilerServices;
using Xunit;

namespace Krait.Runtime.Tests.Gc;

/// <summary>The finalizer queue: <c>__del__</c> and weakref callbacks never run on the .NET finalizer thread,
/// only when the interpreter drains the queue (RunPending / gc.collect), once per object, in allocation order.
/// The machinery is process-wide: these tests run alone (another test's eval loop would drain the queue).</summary>
[Collection(nameof(FinalizationTests))]
public class FinalizationTests
{
    private static readonly List<(string Name, int Thread)> s_log = [];
    private static readonly List<PyObject> s_resurrected = [];

    private static PyType ClassWithDel(string name, bool resurrect = false) =>
        K.Class(name, [PyType.ObjectType], ("__del__", K.Fn("__del__", a =>
        {
            var self = a[0];
            lock (s_log) s_log.Add((Ops.Str(Ops.GetAttr(self, "tag")).Value, Environment.CurrentManagedThreadId));
            if (resurrect) s_resurrected.Add(self);
            return PyNone.Instance;
        })));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MakeGarbage(PyType cls, params string[] tags)
    {
        foreach (var tag in tags)
        {
            var o = Ops.Call(cls, []);
            Ops.SetAttr(o, PyStr.Intern("tag"), new PyStr(tag));
            Ops.SetAttr(o, PyStr.Intern("me"), o);   // a cycle, as CPython's collector would need
        }
    }

    private static void FullCollect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Fact]
    public void DelRunsOnlyWhenDrained_OnTheDrainingThread_InAllocationOrder_Once()
    {
        lock (s_log) s_log.Clear();
        var cls = ClassWithDel("Queued");
        MakeGarbage(cls, "a", "b", "c");
        FullCollect();
        // The .NET finalizer thread only queued the objects.
        lock (s_log) Assert.Empty(s_log);
        Assert.True(Finalization.Pending);
        int handled = Finalization.RunPending();
        Assert.True(handled >= 3);
        int me = Environment.CurrentManagedThreadId;
        List<(string Name, int Thread)> log;
        lock (s_log) log = [.. s_log];
        Assert.Equal(["a", "b", "c"], log.Where(e => e.Name is "a" or "b" or "c").Select(e => e.Name));
        Assert.All(log, e => Assert.Equal(me, e.Thread));
        // Nothing is left to run.
        FullCollect();
        Finalization.RunPending();
        lock (s_log) Assert.Equal(log.Count, s_log.Count);
    }

    [Fact]
    public void ResurrectedObjectIsNotFinalizedAgain()
    {
        lock (s_log) s_log.Clear();
        s_resurrected.Clear();
        var cls = ClassWithDel("Phoenix", resurrect: true);
        MakeGarbage(cls, "phoenix");
        Finalization.Collect();
        Assert.Single(s_resurrected);
        var o = s_resurrected[0];
        Assert.True(Finalization.IsFinalized(o));
        s_resurrected.Clear();
        o = null!;
        Finalization.Collect();
        lock (s_log) Assert.Single(s_log, e => e.Name == "phoenix");
    }

    [Fact]
    public void ObjectsWithoutDelAreNotRegistered()
    {
        var plain = K.Class("Plain", [PyType.ObjectType]);
        int before = Finalization.LiveTracked().Count;
        var keep = new List<PyObject>();
        for (int i = 0; i < 100; i++) keep.Add(Ops.Call(plain, []));
        Assert.False(plain.HasFinalizer);
        Assert.Equal(before, Finalization.LiveTracked().Count);
        Assert.False(Finalization.IsFinalized(keep[0]));
        GC.KeepAlive(keep);
    }

    [Fact]
    public void AssigningDelLaterMarksTheClassAndItsSubclasses()
    {
        var baseCls = K.Class("LateBase", [PyType.ObjectType]);
        var sub = K.Class("LateSub", [baseCls]);
        Assert.False(sub.HasFinalizer);
        Ops.SetAttr(baseCls, PyStr.Intern("__del__"), K.Fn("__del__", a => PyNone.Instance));
        Assert.True(baseCls.HasFinalizer);
        Assert.True(sub.HasFinalizer);
        Ops.DelAttr(baseCls, PyStr.Intern("__del__"));
        Assert.False(sub.HasFinalizer);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<PyObject> MakeRefs(PyType cls, List<string> calls)
    {
        var o = Ops.Call(cls, []);
        var refs = new List<PyObject>();
        foreach (var name in new[] { "first", "second", "third" })
            refs.Add(Ops.Call(PyWeakref.ReferenceType, [o, K.Fn(name, a => { calls.Add(name); return PyNone.Instance; })]));
        refs.Add(Ops.Call(PyWeakref.ReferenceType, [o]));
        return refs;
    }

    [Fact]
    public void WeakrefCallbacksRunNewestFirstAfterTheReferentDies()
    {
        var cls = K.Class("Target", [PyType.ObjectType]);
        var calls = new List<string>();
        var refs = MakeRefs(cls, calls);
        FullCollect();
        Assert.Empty(calls);
        Finalization.RunPending();
        Assert.Equal(["third", "second", "first"], calls);
        foreach (var r in refs) Assert.Same(PyNone.Instance, Ops.Call(r, []));
        GC.KeepAlive(refs);
    }

    [Fact]
    public void NotWeakReferenceable()
    {
        Assert.Equal("TypeError: cannot create weak reference to 'int' object",
            K.Error(() => Ops.Call(PyWeakref.ReferenceType, [K.Int(1)])));
        Assert.Equal("TypeError: cannot create weak reference to 'list' object",
            K.Error(() => Ops.Call(PyWeakref.ReferenceType, [K.List()])));
    }
}

[CollectionDefinition(nameof(FinalizationTests), DisableParallelization = true)]
public sealed class FinalizationTestsCollection;
