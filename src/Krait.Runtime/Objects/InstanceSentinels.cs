using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>Weak handles to the <see cref="GcSentinel"/>s of instances whose class has <c>__del__</c> (they ride in
/// the instances, not in <see cref="Finalization"/>'s table), so that interpreter shutdown finds the ones still alive
/// without walking the whole object graph from the modules: that walk took ~17 ms after `import asyncio`, whose event
/// loop class has <c>__del__</c>, in every asyncio program. A weak handle is cleared when its sentinel becomes
/// unreachable (before the sentinel's finalizer queues it), so after the exit collection the live handles are exactly
/// the instances still alive. Bounded: with more than <see cref="Cap"/>/2 such instances alive at once it gives up
/// (frees its handles) and shutdown walks the graph as before, so a program that keeps many of them alive doesn't make
/// every collection scan a handle per instance. Python threads only (the GIL); the finalizer thread never looks.</summary>
internal static class InstanceSentinels
{
    private const int Cap = 16384;
    private static GCHandle[]? s_handles;
    private static int s_count;
    private static bool s_overflow;

    internal static void Add(GcSentinel s)
    {
        if (s_overflow) return;
        var handles = s_handles ??= new GCHandle[16];
        if (s_count == handles.Length && (handles = MakeRoom()) is null) return;
        handles[s_count++] = GCHandle.Alloc(s, GCHandleType.Weak);
    }

    /// <summary>Frees the handles of dead sentinels, then grows the array if it is still more than half full;
    /// null (and no more tracking) past the cap.</summary>
    private static GCHandle[]? MakeRoom()
    {
        var handles = s_handles!;
        int live = s_count = GcHandles.FreeDead(handles, s_count);
        if (live <= handles.Length / 2) return handles;
        if (handles.Length >= Cap)
        {
            for (int i = 0; i < s_count; i++) handles[i].Free();
            s_handles = null;
            s_count = 0;
            s_overflow = true;
            return null;
        }
        // Not Array.Resize: the framework's generics over structs are not precompiled.
        var grown = new GCHandle[handles.Length * 2];
        Array.Copy(handles, grown, live);
        return s_handles = grown;
    }

    /// <summary>Adds the sentinels still alive whose <c>__del__</c> has not run to <paramref name="into"/>; false
    /// when the instances are not tracked (past the cap): the caller must find them by walking.</summary>
    internal static bool Live(List<GcSentinel> into)
    {
        if (s_overflow) return false;
        for (int i = 0; i < s_count; i++)
            if (s_handles![i].Target is GcSentinel { Pending: not null } s) into.Add(s);
        return true;
    }
}
