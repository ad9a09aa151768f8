using System.Text;
using Krait.Syntax.Text;

namespace Krait.Syntax.Ast;

/// <summary>Formats a tree exactly as CPython 3.11's <c>ast.dump(node, include_attributes=…)</c>:
/// every field as <c>name=value</c>, optional fields that are None left out, then the location
/// attributes.</summary>
internal sealed class AstDumper
{
    private readonly StringBuilder _sb;
    private readonly bool _includeAttributes;
    private bool _first;

    private AstDumper(StringBuilder sb, bool includeAttributes)
    {
        _sb = sb;
        _includeAttributes = includeAttributes;
    }

    public static string Dump(Node node, bool includeAttributes)
    {
        var sb = new StringBuilder();
        new AstDumper(sb, includeAttributes).Write(node);
        return sb.ToString();
    }

    private void Write(Node node)
    {
        _sb.Append(node.TypeName).Append('(');
        bool saved = _first;
        _first = true;
        node.DumpFields(this);
        if (_includeAttributes && node is LocatedNode loc)
        {
            IntRequired("lineno", loc.Lineno);
            IntRequired("col_offset", loc.ColOffset);
            IntRequired("end_lineno", loc.EndLineno);
            IntRequired("end_col_offset", loc.EndColOffset);
        }
        _first = saved;
        _sb.Append(')');
    }

    private StringBuilder Key(string name)
    {
        if (!_first) _sb.Append(", ");
        _first = false;
        return _sb.Append(name).Append('=');
    }

    internal void NodeRequired(string name, Node? value)
    {
        Key(name);
        if (value is null) _sb.Append("None"); else Write(value);
    }

    internal void NodeOptional(string name, Node? value)
    {
        if (value is not null) NodeRequired(name, value);
    }

    /// <summary>A list field. Elements may be None: <c>arguments.kw_defaults</c> holds None for a
    /// keyword-only parameter without a default, and <c>Dict.keys</c> for a <c>**</c> entry.</summary>
    internal void NodeList<T>(string name, T?[] values) where T : Node
    {
        Key(name).Append('[');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) _sb.Append(", ");
            if (values[i] is { } node) Write(node); else _sb.Append("None");
        }
        _sb.Append(']');
    }

    internal void StringRequired(string name, string? value)
    {
        Key(name);
        if (value is null) _sb.Append("None"); else PyRepr.AppendStr(_sb, value);
    }

    internal void StringOptional(string name, string? value)
    {
        if (value is not null) StringRequired(name, value);
    }

    internal void StringList(string name, string[] values)
    {
        Key(name).Append('[');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) _sb.Append(", ");
            PyRepr.AppendStr(_sb, values[i]);
        }
        _sb.Append(']');
    }

    internal void IntRequired(string name, int value) => Key(name).Append(value);

    internal void IntOptional(string name, int? value)
    {
        if (value is int v) IntRequired(name, v);
    }

    internal void Enum<TEnum>(string name, TEnum value) where TEnum : struct, System.Enum =>
        Key(name).Append(value.ToString()).Append("()");

    internal void EnumList<TEnum>(string name, TEnum[] values) where TEnum : struct, System.Enum
    {
        Key(name).Append('[');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) _sb.Append(", ");
            _sb.Append(values[i].ToString()).Append("()");
        }
        _sb.Append(']');
    }

    internal void Constant(string name, object? value)
    {
        Key(name);
        PyRepr.AppendConstant(_sb, value);
    }
}
