namespace Krait.Runtime;

/// <summary>The _contextvars module (PEP 567). As in CPython 3.11, generators and coroutines run in the context of
/// whoever resumes them; asyncio gives each task its own through Context.run.</summary>
public static class ContextvarsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_contextvars", "Context Variables");
        m.Add("Context", PyContext.ContextType);
        m.Add("ContextVar", PyContextVar.ContextVarType);
        m.Add("Token", PyContextToken.TokenType);
        m.AddFunction("copy_context", (self, args, kw) =>
        {
            ArgBinder.None("_contextvars.copy_context", args, kw);
            return PyContext.CopyCurrent();
        });
        return m;
    }
}
