namespace Krait.Runtime;

/// <summary>The <c>sys</c> module (Python/sysmodule.c).</summary>
public static partial class SysModule
{
    public static PyModule Create()
    {
        var m = new PyModule("sys", "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.");
        m.Add("modules", PythonRuntime.Modules);
        AddVmFunctions(m);
        return m;
    }
}
