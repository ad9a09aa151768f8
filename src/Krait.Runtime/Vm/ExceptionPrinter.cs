using System.Runtime.CompilerServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>Displays an exception the way CPython 3.11's <c>PyErr_Display</c> does (Python/pythonrun.c
/// print_exception_recursive and friends, Python/traceback.c): the chain of causes and contexts, each
/// traceback with its source lines and position markers, the <c>Type: message</c> line with the
/// "Did you mean" suggestion, the notes, and exception groups in their boxed format.</summary>
public static partial class ExceptionPrinter
{
    private const int MaxGroupWidth = 15, MaxGroupDepth = 10;
    private const string TracebackHeader = "Traceback (most recent call last):\n";
    private const string GroupTracebackHeader = "Exception Group Traceback (most recent call last):\n";
    private const string CauseMessage = "The above exception was the direct cause of the following exception:\n";
    private const string ContextMessage = "During handling of the above exception, another exception occurred:\n";

    /// <summary>Where the text goes: a string builder (Format) or a Python file's <c>write</c> (Print).</summary>
    private sealed class Context(StringBuilder? sb, PyObject? file)
    {
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int GroupDepth;
        public bool NeedClose;

        public void Write(string s)
        {
            if (sb is not null) sb.Append(s);
            else Ops.CallMethod(file!, "write", [new PyStr(s)]);
        }

        /// <summary>EXC_INDENT: two spaces per exception-group level.</summary>
        public int Indent => 2 * GroupDepth;

        /// <summary>EXC_MARGIN: the box's left edge inside a group.</summary>
        public string? Margin => GroupDepth > 0 ? "| " : null;

        /// <summary>_Py_WriteIndentedMargin.</summary>
        public void WriteIndentedMargin(int indent, string? margin)
        {
            if (indent > 0) Write(new string(' ', indent));
            if (margin is not null) Write(margin);
        }

        public void WriteIndentedMargin() => WriteIndentedMargin(Indent, Margin);
    }

    /// <summary>Writes the report of <paramref name="exc"/> to <paramref name="file"/> (a Python file object;
    /// null means <c>sys.stderr</c>) through its <c>write</c> method, then calls its <c>flush</c>.</summary>
    public static void Print(PyBaseException exc, PyObject? file = null)
    {
        file ??= Sys.GetOrNull("stderr");
        // sys.stderr = None silences the report, as in CPython.
        if (file is PyNone) return;
        if (file is null)
        {
            // No sys.stderr at all: the process's own stderr.
            var err = Console.Error;
            err.Write(Format(exc));
            err.Flush();
            return;
        }
        var ctx = new Context(null, file);
        try
        {
            PrintRecursive(ctx, exc);
        }
        catch (PythonException)
        {
            // CPython gives up on the report when writing fails.
        }
        Flush(file);
    }

    private static void Flush(PyObject file)
    {
        try
        {
            Ops.CallMethod(file, "flush", []);
        }
        catch (PythonException)
        {
        }
    }

    /// <summary>sys.excepthook / sys.__excepthook__ (<c>excepthook(exctype, value, traceback, /)</c>):
    /// PyErr_Display on sys.stderr.</summary>
    public static PyObject ExceptHook(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErr.TypeError("excepthook() takes no keyword arguments");
        if (args.Length != 3) throw PyErr.TypeError($"excepthook expected 3 arguments, got {args.Length}");
        Display(args[1], args[2]);
        return PyNone.Instance;
    }

    /// <summary>PyErr_Display(type, value, tb): puts <paramref name="tb"/> on the exception when it has none,
    /// then prints it on sys.stderr.</summary>
    public static void Display(PyObject value, PyObject? tb)
    {
        if (value is not PyBaseException exc)
        {
            var f = Sys.GetOrNull("stderr");
            string text = $"TypeError: print_exception(): Exception expected for value, {value.Type.Name} found\n";
            if (f is null) Console.Error.Write(text);
            else if (f is not PyNone)
            {
                Ops.CallMethod(f, "write", [new PyStr(text)]);
                Flush(f);
            }
            return;
        }
        if (tb is PyTraceback && exc.Traceback is null) exc.Traceback = tb;
        Print(exc);
    }

    /// <summary>The text <see cref="Print"/> would write.</summary>
    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        try
        {
            PrintRecursive(new Context(sb, null), exc);
        }
        catch (PythonException)
        {
        }
        return sb.ToString();
    }

    private static void PrintRecursive(Context ctx, PyBaseException value)
    {
        PrintCauseAndContext(ctx, value);
        if (value is PyBaseExceptionGroup g) PrintGroup(ctx, g);
        else PrintOne(ctx, value);
    }

    private static void PrintCauseAndContext(Context ctx, PyBaseException value)
    {
        ctx.Seen.Add(value);
        if (value.Cause is PyBaseException cause)
        {
            if (!ctx.Seen.Contains(cause)) PrintChained(ctx, cause, CauseMessage);
            return;
        }
        if (value.SuppressContext) return;
        if (value.Context is PyBaseException context && !ctx.Seen.Contains(context))
            PrintChained(ctx, context, ContextMessage);
    }

    private static void PrintChained(Context ctx, PyBaseException value, string message)
    {
        bool needClose = ctx.NeedClose;
        RuntimeHelpers.EnsureSufficientExecutionStack();
        PrintRecursive(ctx, value);
        ctx.NeedClose = needClose;
        ctx.WriteIndentedMargin();
        ctx.Write("\n");
        ctx.WriteIndentedMargin();
        ctx.Write(message);
        ctx.WriteIndentedMargin();
        ctx.Write("\n");
    }

    /// <summary>print_exception: traceback, SyntaxError location, message, suggestion, notes.</summary>
    private static void PrintOne(Context ctx, PyBaseException value)
    {
        if (value.Traceback is PyTraceback tb)
        {
            string header = TracebackHeader;
            string? headerMargin = ctx.Margin;
            if (value is PyBaseExceptionGroup)
            {
                header = GroupTracebackHeader;
                if (ctx.GroupDepth == 1) headerMargin = "+ ";
            }
            PrintTraceback(ctx, tb, ctx.Indent, ctx.Margin, headerMargin, header);
        }
        var type = value.Type;
        PyObject shown = value;
        if (PrintSyntaxErrorLocation(ctx, value, out var message)) shown = message!;
        PrintMessage(ctx, type, shown);
        if (ReferenceEquals(shown, value)) PrintSuggestion(ctx, value);
        ctx.Write("\n");
        PrintNotes(ctx, shown);
    }

    /// <summary>print_exception_message: <c>module.qualname: str(value)</c> (no module for builtins and __main__).</summary>
    private static void PrintMessage(Context ctx, PyType type, PyObject value)
    {
        ctx.WriteIndentedMargin();
        PyObject? module;
        try
        {
            module = Ops.TryGetAttr(type, PyStr.Intern("__module__"));
        }
        catch (PythonException)
        {
            module = null;
        }
        if (module is not PyStr m) ctx.Write("<unknown>");
        else if (m.Value != "builtins" && m.Value != "__main__")
        {
            ctx.Write(m.Value);
            ctx.Write(".");
        }
        ctx.Write(type.QualName);
        if (value is PyNone) return;
        PyStr s;
        try
        {
            s = Ops.Str(value);
        }
        catch (PythonException)
        {
            ctx.Write(": <exception str() failed>");
            return;
        }
        if (s.Value.Length != 0) ctx.Write(": ");
        ctx.Write(s.Value);
    }

    /// <summary>The ". Did you mean: 'x'?" trailer of NameError and AttributeError.</summary>
    private static void PrintSuggestion(Context ctx, PyBaseException value)
    {
        PyStr? suggestion;
        try
        {
            suggestion = Suggestions.Offer(value);
        }
        catch (PythonException)
        {
            suggestion = null;
        }
        if (suggestion is not null) ctx.Write($". Did you mean: '{suggestion.Value}'?");
    }

    /// <summary>print_exception_notes: each note's lines under the message.</summary>
    private static void PrintNotes(Context ctx, PyObject value)
    {
        if (value is not PyBaseException) return;
        PyObject? notes;
        try
        {
            notes = Ops.TryGetAttr(value, PyStr.Intern("__notes__"));
        }
        catch (PythonException)
        {
            return;
        }
        if (notes is null) return;
        if (notes is PyDict || notes.Type.GetItem is null)
        {
            ctx.WriteIndentedMargin();
            string text;
            try
            {
                text = Ops.Repr(notes).Value;
            }
            catch (PythonException)
            {
                text = "<__notes__ repr() failed>";
            }
            // 3.11.2 writes no newline after it.
            ctx.Write(text);
            return;
        }
        long n = Ops.Len(notes);
        for (long i = 0; i < n; i++)
        {
            var note = Ops.GetItem(notes, PyInt.FromLong(i));
            PyStr noteStr;
            try
            {
                noteStr = note as PyStr ?? Ops.Str(note);
            }
            catch (PythonException)
            {
                ctx.Write("<note str() failed>");
                ctx.Write("\n");
                continue;
            }
            foreach (var line in SplitLinesKeepEnds(noteStr.Value))
            {
                ctx.WriteIndentedMargin();
                ctx.Write(line);
            }
            ctx.Write("\n");
        }
    }

    /// <summary>str.splitlines(keepends=True).</summary>
    private static List<string> SplitLinesKeepEnds(string s)
    {
        var lines = new List<string>();
        int start = 0, i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            bool eol = c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';
            if (!eol)
            {
                i++;
                continue;
            }
            i++;
            if (c == '\r' && i < s.Length && s[i] == '\n') i++;
            lines.Add(s[start..i]);
            start = i;
        }
        if (start < s.Length) lines.Add(s[start..]);
        return lines;
    }

    /// <summary>print_exception_group: the group itself, then each sub-exception in its own box.</summary>
    private static void PrintGroup(Context ctx, PyBaseExceptionGroup value)
    {
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.WriteIndentedMargin();
            ctx.Write($"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        if (ctx.GroupDepth == 0) ctx.GroupDepth++;
        PrintOne(ctx, value);

        var excs = value.Exceptions;
        int count = excs.Count;
        int n = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            if (last) ctx.NeedClose = true; // the closing line may be written by a nested group
            ctx.WriteIndentedMargin(ctx.Indent, null);
            bool truncated = i >= MaxGroupWidth;
            string lead = i == 0 ? "+-" : "  ";
            ctx.Write(truncated
                ? $"{lead}+---------------- ... ----------------\n"
                : $"{lead}+---------------- {i + 1} ----------------\n");
            ctx.GroupDepth++;
            if (!truncated)
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
                if (excs[i] is PyBaseException sub) PrintRecursive(ctx, sub);
            }
            else
            {
                int remaining = count - MaxGroupWidth;
                ctx.WriteIndentedMargin();
                ctx.Write($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                ctx.WriteIndentedMargin(ctx.Indent, null);
                ctx.Write("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (ctx.GroupDepth == 1) ctx.GroupDepth--;
    }
}
