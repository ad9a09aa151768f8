using Krait.Syntax.Ast;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.Symtable;

internal sealed partial class SymtableBuilder
{
    private void VisitExprs(ExprNode[] exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    // kw_defaults and dict keys may hold nulls (no default / ** unpacking).
    private void VisitExprsWithNull(ExprNode?[] exprs)
    {
        foreach (var e in exprs)
            if (e is not null) VisitExpr(e);
    }

    /// <summary>symtable_visit_expr, with CPython's recursion accounting.</summary>
    private void VisitExpr(ExprNode e)
    {
        EnterRecursion();
        VisitExprKind(e);
        _depth--;
    }

    private void VisitExprKind(ExprNode e)
    {
        switch (e)
        {
            case NamedExpr n:
                RaiseIfAnnotationBlock("named expression", e);
                VisitNamedExpr(n);
                break;
            case BoolOp b:
                VisitExprs(b.Values);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitExprs(l.Args.Defaults);
                VisitExprsWithNull(l.Args.KwDefaults);
                EnterBlock("lambda", BlockType.Function, l);
                VisitParameters(l.Args);
                VisitExpr(l.Body);
                ExitBlock();
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.Orelse);
                break;
            case Dict d:
                VisitExprsWithNull(d.Keys);
                VisitExprs(d.Values);
                break;
            case Set s:
                VisitExprs(s.Elts);
                break;
            case GeneratorExp g:
                VisitComprehension(g, "genexpr", ComprehensionKind.Generator, g.Generators, g.Elt, null);
                break;
            case ListComp l:
                VisitComprehension(l, "listcomp", ComprehensionKind.List, l.Generators, l.Elt, null);
                break;
            case SetComp s:
                VisitComprehension(s, "setcomp", ComprehensionKind.Set, s.Generators, s.Elt, null);
                break;
            case DictComp d:
                VisitComprehension(d, "dictcomp", ComprehensionKind.Dict, d.Generators, d.Key, d.Value);
                break;
            case Yield y:
                RaiseIfAnnotationBlock("yield expression", e);
                if (y.Value is not null) VisitExpr(y.Value);
                _cur.IsGenerator = true;
                RaiseIfComprehensionBlock(e);
                break;
            case YieldFrom y:
                RaiseIfAnnotationBlock("yield expression", e);
                VisitExpr(y.Value);
                _cur.IsGenerator = true;
                RaiseIfComprehensionBlock(e);
                break;
            case Await a:
                RaiseIfAnnotationBlock("await expression", e);
                VisitExpr(a.Value);
                _cur.IsCoroutine = true;
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null) VisitExpr(f.FormatSpec);
                break;
            case JoinedStr j:
                VisitExprs(j.Values);
                break;
            case Constant:
                break;
            case Attribute a:
                VisitExpr(a.Value);
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                break;
            case Starred s:
                VisitExpr(s.Value);
                break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
                // super() needs the __class__ cell.
                if (n.Ctx == ExprContext.Load && _cur.Type == BlockType.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n);
                break;
            case List l:
                VisitExprs(l.Elts);
                break;
            case Tuple t:
                VisitExprs(t.Elts);
                break;
            default:
                throw new InvalidOperationException("unknown expression " + e.TypeName);
        }
    }

    private void RaiseIfAnnotationBlock(string what, ExprNode e)
    {
        if (_cur.Type == BlockType.Annotation)
            throw Error(string.Format(AnnotationNotAllowed, what), e);
    }

    private void RaiseIfComprehensionBlock(ExprNode e)
    {
        string? msg = _cur.Comprehension switch
        {
            ComprehensionKind.None => null,
            ComprehensionKind.List => "'yield' inside list comprehension",
            ComprehensionKind.Set => "'yield' inside set comprehension",
            ComprehensionKind.Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        if (msg is not null) throw Error(msg, e);
    }

    /// <summary>symtable_handle_namedexpr.</summary>
    private void VisitNamedExpr(NamedExpr e)
    {
        if (_cur.CompIterExpr > 0)
            throw Error(NamedExprCompIterExpr, e);
        if (_cur.Comprehension != ComprehensionKind.None)
            ExtendNamedExprScope((Name)e.Target);
        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    /// <summary>symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest
    /// enclosing function or module.</summary>
    private void ExtendNamedExprScope(Name target)
    {
        string name = target.Id;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var ste = _stack[i];
            if (ste.Comprehension != ComprehensionKind.None)
            {
                if ((ste.GetRawFlags(name) & (int)SymbolFlags.DefCompIter) != 0)
                    throw Error(string.Format(NamedExprCompConflict, name), target);
                continue;
            }
            if (ste.Type == BlockType.Function)
            {
                bool global = (ste.GetRawFlags(name) & (int)SymbolFlags.DefGlobal) != 0;
                AddDef(name, global ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, target);
                RecordDirective(name, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                AddDef(name, SymbolFlags.DefLocal, ste, target);
                return;
            }
            if (ste.Type == BlockType.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, target);
                RecordDirective(name, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                AddDef(name, SymbolFlags.DefGlobal, ste, target);
                return;
            }
            if (ste.Type == BlockType.Class)
                throw Error(NamedExprCompInClass, target);
        }
        throw new InvalidOperationException("no scope for an assignment expression");
    }

    /// <summary>symtable_handle_comprehension: the first iterable is evaluated in the enclosing
    /// scope; the rest runs in a function block whose parameter <c>.0</c> is that iterator.</summary>
    private void VisitComprehension(ExprNode e, string scopeName, ComprehensionKind kind,
        Comprehension[] generators, ExprNode elt, ExprNode? value)
    {
        bool isGenerator = kind == ComprehensionKind.Generator;
        var outermost = generators[0];
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        EnterBlock(scopeName, BlockType.Function, e);
        _cur.Comprehension = kind;
        if (outermost.IsAsync != 0) _cur.IsCoroutine = true;
        AddDef(".0", SymbolFlags.DefParam, _cur, _cur.Lineno, _cur.ColOffset, _cur.EndLineno, _cur.EndColOffset);
        _cur.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Length; i++)
        {
            var g = generators[i];
            _cur.CompIterTarget = true;
            VisitExpr(g.Target);
            _cur.CompIterTarget = false;
            _cur.CompIterExpr++;
            VisitExpr(g.Iter);
            _cur.CompIterExpr--;
            VisitExprs(g.Ifs);
            if (g.IsAsync != 0) _cur.IsCoroutine = true;
        }
        // CPython visits a dict comprehension's value before its key.
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        _cur.IsGenerator = isGenerator;
        bool isAsync = _cur.IsCoroutine && !isGenerator;
        ExitBlock();
        if (isAsync) _cur.IsCoroutine = true;
    }
}
