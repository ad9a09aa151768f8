namespace Krait.Runtime;

/// <summary>Files open() returned that are still open: flushed at interpreter exit, newest first (text wrappers
/// before their buffers), as CPython's finalizers do when the modules' namespaces are cleared. The object open()
/// returns is also finalizable, so a file dropped while the program runs is closed at the next safe point.</summary>
internal static class OpenFiles
{
    private static readonly List<WeakReference<PyObject>> s_files = [];

    public static void Track(PyObject stream, bool writable)
    {
        if (!writable) return;
        lock (s_files)
        {
            if (s_files.Count >= 256 && (s_files.Count & (s_files.Count - 1)) == 0)
                s_files.RemoveAll(r => !r.TryGetTarget(out var o) || IsClosed(o));
            s_files.Add(new WeakReference<PyObject>(stream));
        }
    }

    /// <summary>Makes the object open() returns finalizable (its __del__ closes it).</summary>
    public static void Finalizable(PyObject stream) => Finalization.Register(stream);

    private static bool IsClosed(PyObject o)
    {
        try
        {
            return o switch
            {
                PyTextIOWrapper t => t.Detached || t.IsClosed,
                PyBuffered b => b.Raw is null || b.IsClosed,
                _ => true,
            };
        }
        catch (PythonException) { return true; }
    }

    /// <summary>Flushes every tracked file that is still open (at exit; errors are ignored).</summary>
    public static void FlushAll()
    {
        lock (s_files)
        {
            for (int i = s_files.Count - 1; i >= 0; i--)
            {
                if (!s_files[i].TryGetTarget(out var o) || IsClosed(o)) continue;
                try
                {
                    if (o is PyTextIOWrapper t) t.Flush();
                    else if (o is PyBuffered b) b.Flush();
                }
                catch (PythonException) { }
            }
            s_files.Clear();
        }
    }
}
