namespace Krait.Runtime;

// sys.stdin / sys.stdout / sys.stderr and their __std*__ originals.
public static partial class SysModule
{
    private static void AddStreams(PyModule m)
    {
        var stdin = StdStreams.Create(0, SysConfig.Unbuffered);
        var stdout = StdStreams.Create(1, SysConfig.Unbuffered);
        var stderr = StdStreams.Create(2, SysConfig.Unbuffered);
        m.Add("stdin", stdin);
        m.Add("stdout", stdout);
        m.Add("stderr", stderr);
        m.Add("__stdin__", stdin);
        m.Add("__stdout__", stdout);
        m.Add("__stderr__", stderr);
    }

    /// <summary>Writes <paramref name="text"/> to sys.stderr if it exists (errors while doing so are ignored, as
    /// PySys_WriteStderr does).</summary>
    internal static void WriteStderr(string text)
    {
        var s = Sys.GetOrNull("stderr");
        if (s is null or PyNone) return;
        try
        {
            if (s is PyTextIOWrapper w && w.Dict?.GetItemStr(PyStr.Intern("write")) is null) w.Write(new PyStr(text));
            else Ops.CallMethod(s, "write", [new PyStr(text)]);
        }
        catch (PythonException) { }
    }
}
