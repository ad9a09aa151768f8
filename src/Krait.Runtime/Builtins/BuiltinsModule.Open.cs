namespace Krait.Runtime;

// open() is _io.open (IO/IOModule.cs).
public static partial class BuiltinsModule
{
    /// <summary>Flushes every still-open file that open() created (called at interpreter exit).</summary>
    public static void FlushOpenFiles() => OpenFiles.FlushAll();

    private static void AddOpenFunction(PyModule m) => m.Add("open", IOModule.OpenFunction);
}
