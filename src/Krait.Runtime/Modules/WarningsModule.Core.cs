namespace Krait.Runtime;

// warn / warn_explicit: the context of the warning, the filters, the registries and the display.
public static partial class WarningsModule
{
    private static readonly PyStr s_showwarnmsg = PyStr.Intern("_showwarnmsg"), s_warningMessage = PyStr.Intern("WarningMessage"),
        s_filtersName = PyStr.Intern("filters"), s_defaultActionName = PyStr.Intern("defaultaction"),
        s_onceRegistryName = PyStr.Intern("onceregistry"), s_match = PyStr.Intern("match");

    /// <summary>warn(message, category=None, stacklevel=1, source=None)</summary>
    private static PyObject WarnFunction(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[4];
        ArgBinder.Bind("warn", args, kw, ["message", "category", "stacklevel", "source"], 0, 4, 1, a);
        var category = GetCategory(a[0]!, a[1]);
        int stacklevel = a[2] is null ? 1 : (int)Math.Clamp(Ops.AsSsize(a[2]!), int.MinValue, int.MaxValue);
        WarnCore(a[0]!, category, stacklevel, a[3] is PyNone ? null : a[3]);
        return PyNone.Instance;
    }

    /// <summary>warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None)</summary>
    private static PyObject WarnExplicitFunction(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[8];
        ArgBinder.Bind("warn_explicit", args, kw,
            ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"], 0, 8, 4, a);
        if (a[2] is not PyStr filename) throw PyErr.TypeError($"warn_explicit() argument 'filename' must be str, not {a[2]!.Type.Name}");
        int lineno = (int)Math.Clamp(Ops.AsSsize(a[3]!), int.MinValue, int.MaxValue);
        if (a[6] is { } g and not PyNone and not PyDict)
            throw PyErr.TypeError($"module_globals must be a dict, not '{g.Type.Name}'");
        WarnExplicitCore(a[1]!, a[0]!, filename, lineno, a[4], a[5] is null ? null : a[5], null, a[7] is PyNone ? null : a[7]);
        return PyNone.Instance;
    }

    /// <summary>get_category: the message's class for a Warning instance, else the argument (UserWarning by default).</summary>
    private static PyObject GetCategory(PyObject message, PyObject? category)
    {
        if (Ops.IsInstance(message, PyExc.Warning)) return message.Type;
        category = category is null or PyNone ? PyExc.UserWarning : category;
        bool ok;
        try { ok = Ops.IsSubclass(category, PyExc.Warning); }
        catch (PythonException) { ok = false; }
        if (!ok) throw PyErr.TypeError($"category must be a Warning subclass, not '{category.Type.Name}'");
        return category;
    }

    /// <summary>do_warn: the filename, line, module and registry of the frame <paramref name="stacklevel"/> up.</summary>
    private static void WarnCore(PyObject message, PyObject category, int stacklevel, PyObject? source)
    {
        InitDefaultFilters();
        var f = ThreadState.Current.Frame;
        while (--stacklevel > 0 && f is not null) f = f.Back;
        PyDict globals;
        PyStr filename;
        int lineno;
        if (f is null)
        {
            globals = Sys.Module.Dict!;
            filename = PyStr.Intern("sys");
            lineno = 1;
        }
        else
        {
            globals = f.Globals;
            filename = f.Code.Filename;
            lineno = f.LineNo;
        }
        var registry = globals.GetItemStr(s_registryName);
        if (registry is null)
        {
            registry = new PyDict();
            globals.SetItem(s_registryName, registry);
        }
        var name = globals.GetItemStr(PyStr.Intern("__name__"));
        PyObject module = name is PyStr or PyNone ? name : new PyStr("<string>");
        WarnExplicitCore(category, message, filename, lineno, module, registry, null, source);
    }

    /// <summary>warn_explicit (the C function): filters, registries, then the display or the exception.</summary>
    private static void WarnExplicitCore(PyObject category, PyObject message, PyStr filename, int lineno,
        PyObject? module, PyObject? registry, PyStr? sourceLine, PyObject? source)
    {
        if (registry is not null and not PyNone and not PyDict) throw PyErr.TypeError("'registry' must be a dict or None");
        module ??= NormalizeModule(filename);
        PyObject text;
        if (Ops.IsInstance(message, PyExc.Warning))
        {
            text = Ops.Str(message);
            category = message.Type;
        }
        else
        {
            text = message;
            message = Ops.Call(category, [message]);
        }
        var linenoObj = PyInt.FromLong(lineno);
        var key = PyTuple.Create([text, category, linenoObj]);
        var reg = registry as PyDict;
        if (reg is not null && AlreadyWarned(reg, key, set: false)) return;

        var action = GetFilter(category, text, lineno, module, out var item);
        if (action == "error") throw new PythonException((PyBaseException)message);
        if (action == "ignore") return;
        bool already = false;
        if (action != "always")
        {
            reg?.SetItem(key, PyBool.True);
            switch (action)
            {
                case "once":
                    already = AlreadyWarned(reg ?? OnceRegistry(), PyTuple.Create([text, category]), set: true);
                    break;
                case "module":
                    if (reg is not null) already = AlreadyWarned(reg, PyTuple.Create([text, category, PyInt.FromLong(0)]), set: true);
                    break;
                case "default":
                    break;
                default:
                    throw PyErr.RuntimeError($"Unrecognized action ({Ops.Repr(new PyStr(action)).Value}) in warnings.filters:\n {Ops.Repr(item!).Value}");
            }
        }
        if (!already) Show(category, text, message, filename, lineno, linenoObj, sourceLine, source);
    }

    /// <summary>normalize_module: the file name without ".py" ("&lt;unknown&gt;" for an empty name).</summary>
    private static PyStr NormalizeModule(PyStr filename)
    {
        var s = filename.Value;
        if (s.Length == 0) return new PyStr("<unknown>");
        return s.EndsWith(".py", StringComparison.Ordinal) ? new PyStr(s[..^3]) : filename;
    }

    /// <summary>already_warned: true when <paramref name="key"/> is recorded under the current filters version;
    /// a registry from an older version is cleared first.</summary>
    private static bool AlreadyWarned(PyDict registry, PyTuple key, bool set)
    {
        if (registry.GetItemStr(s_version) is not PyInt v || !v.TryGetLong(out long ver) || ver != s_filtersVersion)
        {
            registry.Clear();
            registry.SetItem(s_version, PyInt.FromLong(s_filtersVersion));
        }
        else if (registry.GetItem(key) is { } seen && Ops.IsTrue(seen)) return true;
        if (set) registry.SetItem(key, PyBool.True);
        return false;
    }

    /// <summary>The warnings module if it has been imported (get_warnings_attr without importing).</summary>
    private static PyObject? WarningsPy(PyStr attr)
    {
        if (PythonRuntime.Modules.GetItemStr(PyStr.Intern("warnings")) is not { } m || m is PyNone) return null;
        return Ops.TryGetAttr(m, attr);
    }

    private static PyDict OnceRegistry()
    {
        var r = WarningsPy(s_onceRegistryName);
        if (r is null) return s_onceRegistry;
        return r as PyDict ?? throw PyErr.TypeError($"_warnings.onceregistry must be a dict, not '{r.Type.Name}'");
    }

    /// <summary>get_filter: the action of the first filter that matches, else the default action.</summary>
    private static string GetFilter(PyObject category, PyObject text, int lineno, PyObject module, out PyObject? item)
    {
        var filtersObj = WarningsPy(s_filtersName) ?? s_filters;
        if (filtersObj is not PyList filters) throw PyErr.ValueError("_warnings.filters must be a list");
        for (int i = 0; i < filters.Count; i++)
        {
            var f = filters[i];
            if (f is not PyTuple t || t.Count != 5) throw PyErr.ValueError($"_warnings.filters item {i} isn't a 5-tuple");
            if (t[0] is not PyStr action) throw PyErr.TypeError($"action must be a string, not '{t[0].Type.Name}'");
            if (Matches(t[1], text) && Matches(t[3], module) && Ops.IsSubclass(category, t[2]))
            {
                long ln = Ops.AsSsize(t[4]);
                if (ln == 0 || ln == lineno)
                {
                    item = t;
                    return action.Value;
                }
            }
        }
        item = null;
        var def = WarningsPy(s_defaultActionName) ?? s_defaultAction;
        if (def is not PyStr ds) throw PyErr.TypeError($"_warnings.defaultaction must be a string, not '{def.Type.Name}'");
        return ds.Value;
    }

    /// <summary>check_matched: None matches everything, an exact str compares equal, else obj.match(arg).</summary>
    private static bool Matches(PyObject filter, PyObject arg)
    {
        if (filter is PyNone) return true;
        if (ReferenceEquals(filter.Type, PyType.StrType)) return arg is PyStr a && a.Value == ((PyStr)filter).Value;
        return Ops.IsTrue(Ops.CallMethod(filter, "match", [arg]));
    }

    /// <summary>call_show_warning: warnings._showwarnmsg(WarningMessage(...)) when the warnings module is loaded,
    /// else the built-in display on sys.stderr.</summary>
    private static void Show(PyObject category, PyObject text, PyObject message, PyStr filename, int lineno, PyObject linenoObj,
        PyStr? sourceLine, PyObject? source)
    {
        var show = WarningsPy(s_showwarnmsg);
        if (show is null)
        {
            ShowBuiltin(category, text, filename, lineno, sourceLine);
            return;
        }
        if (show.Type.Call is null) throw PyErr.TypeError("warnings._showwarnmsg() must be set to a callable");
        var cls = WarningsPy(s_warningMessage) ?? throw PyErr.RuntimeError("unable to get warnings.WarningMessage");
        var msg = Ops.Call(cls, [message, category, filename, linenoObj, PyNone.Instance, PyNone.Instance, source ?? PyNone.Instance]);
        Ops.Call(show, [msg]);
    }

    /// <summary>show_warning: "file:line: Category: text" and the stripped source line, on sys.stderr.</summary>
    private static void ShowBuiltin(PyObject category, PyObject text, PyStr filename, int lineno, PyStr? sourceLine)
    {
        try
        {
            var name = Ops.Str(Ops.GetAttr(category, PyStr.Intern("__name__"))).Value;
            var sb = new System.Text.StringBuilder();
            sb.Append(filename.Value).Append(':').Append(lineno).Append(": ").Append(name).Append(": ").Append(Ops.Str(text).Value).Append('\n');
            var line = sourceLine?.Value ?? ExceptionPrinter.SourceLines.GetLine(filename.Value, lineno);
            if (line is not null)
            {
                if (sourceLine is null) sb.Append("  ");
                sb.Append(line.TrimStart(' ', '\t', '\f')).Append('\n');
            }
            SysModule.WriteStderr(sb.ToString());
        }
        catch (PythonException) { }
    }
}
