namespace Krait.Runtime;

// aiter() and anext().
public static partial class BuiltinsModule
{
    private static void AddAsyncFunctions(PyModule m)
    {
    }
}
