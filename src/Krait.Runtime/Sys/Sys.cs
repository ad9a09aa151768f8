namespace Krait.Runtime;

/// <summary>Access to the <c>sys</c> module from C# (the module itself is built by <see cref="SysModule"/>).</summary>
public static class Sys
{
    private static PyModule? s_module;

    public static PyModule Module
    {
        get
        {
            if (s_module is null)
            {
                s_module = SysModule.Create();
                PythonRuntime.Modules.SetItem(PyStr.Intern("sys"), s_module);
            }
            return s_module;
        }
    }

    /// <summary>sys.&lt;name&gt;, or null when it is missing (it may have been deleted by the program).</summary>
    public static PyObject? GetOrNull(string name) => Module.ModuleDict.GetItemStr(PyStr.Intern(name));
}
