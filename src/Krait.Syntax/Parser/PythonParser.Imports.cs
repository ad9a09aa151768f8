using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

// Import statements: import_name, import_from and their alias lists.
public sealed partial class PythonParser
{
    // import_name: 'import' dotted_as_names
    private StmtNode? ImportName()
    {
        int start = Mark;
        if (!Match(TokenKind.Import)) return null;
        var names = DottedAsNames();
        if (names is null)
        {
            Mark = start;
            return null;
        }
        return Loc(new Import { Names = names }, start);
    }

    // import_from:
    //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //     | 'from' ('.' | '...')+ 'import' import_from_targets
    // ('...' is one ELLIPSIS token, worth three levels.)
    private StmtNode? ImportFrom()
    {
        int start = Mark;
        if (!Match(TokenKind.From)) return null;
        int level = 0;
        while (true)
        {
            var k = PeekKind();
            if (k == TokenKind.Dot) level += 1;
            else if (k == TokenKind.Ellipsis) level += 3;
            else break;
            Advance();
        }
        var module = DottedName();
        if (module is null && level == 0)
        {
            Mark = start;
            return null;
        }
        // With a module name, the second alternative cannot match either: it needs 'import' there.
        if (!Match(TokenKind.Import))
        {
            Mark = start;
            return null;
        }
        var names = ImportFromTargets();
        if (names is null)
        {
            Mark = start;
            return null;
        }
        return Loc(new ImportFrom { Module = module, Names = names, Level = level }, start);
    }

    // import_from_targets:
    //     | '(' import_from_as_names [','] ')'
    //     | import_from_as_names !','
    //     | '*'                      → [alias('*')]
    //     | invalid_import_from_targets
    private Alias[]? ImportFromTargets()
    {
        int start = Mark;
        if (Match(TokenKind.LPar))
        {
            var inParens = ImportFromAsNames();
            if (inParens is not null)
            {
                Match(TokenKind.Comma);
                if (Match(TokenKind.RPar)) return inParens.ToArray();
            }
            Mark = start;
        }
        var names = ImportFromAsNames();
        if (names is not null)
        {
            if (!Check(TokenKind.Comma)) return names.ToArray();
            Mark = start;
        }
        if (Match(TokenKind.Star))
            return [Loc(new Alias { Name = "*" }, start)];
        if (CallInvalidRules) InvalidImportFromTargets();
        return null;
    }

    // import_from_as_names: ','.import_from_as_name+
    private List<Alias>? ImportFromAsNames()
    {
        var first = ImportFromAsName();
        if (first is null) return null;
        var list = new List<Alias> { first };
        while (true)
        {
            int m = Mark;
            Alias? next;
            if (!Match(TokenKind.Comma) || (next = ImportFromAsName()) is null)
            {
                Mark = m;
                return list;
            }
            list.Add(next);
        }
    }

    // import_from_as_name: NAME ['as' NAME]
    private Alias? ImportFromAsName()
    {
        int start = Mark;
        var name = MatchName();
        if (name is null) return null;
        var asname = OptionalAsName();
        return Loc(new Alias { Name = name, Asname = asname }, start);
    }

    // dotted_as_names: ','.dotted_as_name+
    private Alias[]? DottedAsNames()
    {
        var first = DottedAsName();
        if (first is null) return null;
        var list = new List<Alias>(2) { first };
        while (true)
        {
            int m = Mark;
            Alias? next;
            if (!Match(TokenKind.Comma) || (next = DottedAsName()) is null)
            {
                Mark = m;
                return list.ToArray();
            }
            list.Add(next);
        }
    }

    // dotted_as_name: dotted_name ['as' NAME]
    private Alias? DottedAsName()
    {
        int start = Mark;
        var name = DottedName();
        if (name is null) return null;
        var asname = OptionalAsName();
        return Loc(new Alias { Name = name, Asname = asname }, start);
    }

    /// <summary>['as' NAME]: the identifier, or null (leaving an 'as' without a NAME unread).</summary>
    private string? OptionalAsName()
    {
        int m = Mark;
        if (Match(TokenKind.As))
        {
            var asname = MatchName();
            if (asname is not null) return asname;
        }
        Mark = m;
        return null;
    }

    // dotted_name: dotted_name '.' NAME | NAME   (left-recursive: NAME ('.' NAME)*)
    private string? DottedName()
    {
        var first = MatchName();
        if (first is null) return null;
        if (!Check(TokenKind.Dot)) return first;
        var sb = new StringBuilder(first);
        while (true)
        {
            int m = Mark;
            string? next;
            if (!Match(TokenKind.Dot) || (next = MatchName()) is null)
            {
                Mark = m;
                return sb.ToString();
            }
            sb.Append('.').Append(next);
        }
    }
}
