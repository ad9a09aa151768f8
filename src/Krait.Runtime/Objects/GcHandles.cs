using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>Arrays of weak <see cref="GCHandle"/>s (<see cref="InstanceSentinels"/>, <see cref="WeakTarget"/>).</summary>
internal static class GcHandles
{
    /// <summary>Frees the handles among the first <paramref name="count"/> whose objects were collected, moves the
    /// live ones to the front in their order and clears the rest; returns how many are live.</summary>
    internal static int FreeDead(GCHandle[] handles, int count)
    {
        int live = 0;
        for (int i = 0; i < count; i++)
        {
            var h = handles[i];
            if (h.Target is null) h.Free();
            else handles[live++] = h;
        }
        Array.Clear(handles, live, count - live);
        return live;
    }
}
