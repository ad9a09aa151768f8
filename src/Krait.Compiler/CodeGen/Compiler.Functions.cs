using Krait.Compiler.Bytecode;
using Krait.Compiler.Optimizer;
using Krait.Compiler.Symtable;
using Krait.Syntax.Ast;

using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.CodeGen;

public sealed partial class Compiler
{
    private SymbolScope GetRefType(string name)
    {
        if (_u.ScopeType == ScopeType.Class && name == "__class__") return SymbolScope.Cell;
        var scope = _u.Ste.GetScope(name);
        if (scope == SymbolScope.None) throw new InvalidOperationException($"_PyST_GetScope(name='{name}') failed: unknown scope in unit {_u.Name}");
        return scope;
    }

    private void MakeClosure(CodeObject co, int flags, string qualname)
    {
        _ = qualname;
        var free = co.FreeVars;
        if (free.Length > 0)
        {
            foreach (var name in free)
            {
                var reftype = GetRefType(name);
                int arg;
                if (reftype == SymbolScope.Cell) arg = _u.CellVars[name];
                else arg = _u.FreeVars[name];
                AddOpI(Op.LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            AddOpI(Op.BUILD_TUPLE, free.Length);
        }
        LoadConst(co);
        AddOpI(Op.MAKE_FUNCTION, flags);
    }

    private void ApplyDecorators(ExprNode[] decos)
    {
        var saved = _u.Loc;
        for (int i = decos.Length - 1; i > -1; i--)
        {
            SetLoc(decos[i]);
            AddOpI(Op.PRECALL, 0);
            AddOpI(Op.CALL, 0);
        }
        _u.Loc = saved;
    }

    private bool KwOnlyDefaults(Arg[] kwonlyargs, ExprNode[] kwDefaults)
    {
        List<object?>? keys = null;
        for (int i = 0; i < kwonlyargs.Length; i++)
        {
            var d = i < kwDefaults.Length ? kwDefaults[i] : null;
            if (d is null) continue;
            keys ??= [];
            keys.Add(SymbolTable.Mangle(_u.Private, kwonlyargs[i].ArgName));
            VisitExpr(d);
        }
        if (keys is null) return false;
        LoadConst(new ConstTuple([.. keys]));
        AddOpI(Op.BUILD_CONST_KEY_MAP, keys.Count);
        return true;
    }

    private void ArgAnnotation(string id, ExprNode? annotation, ref int len)
    {
        if (annotation is null) return;
        LoadConst(SymbolTable.Mangle(_u.Private, id));
        if (_future.Annotations) LoadConst(Unparser.Unparse(annotation));
        else if (annotation is Starred st)
        {
            VisitExpr(st.Value);
            AddOpI(Op.UNPACK_SEQUENCE, 1);
        }
        else VisitExpr(annotation);
        len += 2;
    }

    private bool Annotations(Arguments args, ExprNode? returns)
    {
        int len = 0;
        foreach (var a in args.Args) ArgAnnotation(a.ArgName, a.Annotation, ref len);
        foreach (var a in args.Posonlyargs) ArgAnnotation(a.ArgName, a.Annotation, ref len);
        if (args.Vararg?.Annotation is not null) ArgAnnotation(args.Vararg.ArgName, args.Vararg.Annotation, ref len);
        foreach (var a in args.Kwonlyargs) ArgAnnotation(a.ArgName, a.Annotation, ref len);
        if (args.Kwarg?.Annotation is not null) ArgAnnotation(args.Kwarg.ArgName, args.Kwarg.Annotation, ref len);
        ArgAnnotation("return", returns, ref len);
        if (len > 0)
        {
            AddOpI(Op.BUILD_TUPLE, len);
            return true;
        }
        return false;
    }

    private int DefaultArguments(Arguments args)
    {
        int flags = 0;
        if (args.Defaults.Length > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            AddOpI(Op.BUILD_TUPLE, args.Defaults.Length);
            flags |= 0x01;
        }
        if (args.Kwonlyargs.Length > 0 && KwOnlyDefaults(args.Kwonlyargs, args.KwDefaults)) flags |= 0x02;
        return flags;
    }

    private void CheckDebugArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs) ForbiddenName(a.ArgName, ExprContext.Store);
        foreach (var a in args.Args) ForbiddenName(a.ArgName, ExprContext.Store);
        if (args.Vararg is not null) ForbiddenName(args.Vararg.ArgName, ExprContext.Store);
        foreach (var a in args.Kwonlyargs) ForbiddenName(a.ArgName, ExprContext.Store);
        if (args.Kwarg is not null) ForbiddenName(args.Kwarg.ArgName, ExprContext.Store);
    }

    private void CompileFunction(StmtNode s, string name, Arguments args, StmtNode[] body, ExprNode[] decos,
        ExprNode? returns, bool isAsync)
    {
        CheckDebugArgs(args);
        foreach (var d in decos) VisitExpr(d);
        int firstlineno = decos.Length > 0 ? decos[0].Lineno : s.Lineno;
        int funcflags = DefaultArguments(args);
        if (Annotations(args, returns)) funcflags |= 0x04;
        EnterScope(name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstlineno);
        string? docstring = _optimize < 2 ? GetDocString(body) : null;
        _u.AddConst(docstring);
        _u.ArgCount = args.Args.Length;
        _u.PosOnlyArgCount = args.Posonlyargs.Length;
        _u.KwOnlyArgCount = args.Kwonlyargs.Length;
        for (int i = docstring is not null ? 1 : 0; i < body.Length; i++) VisitStmt(body[i]);
        var co = Assemble(addNone: true);
        string qualname = _u.QualName!;
        ExitScope();
        MakeClosure(co, funcflags, qualname);
        ApplyDecorators(decos);
        NameOp(name, ExprContext.Store);
    }

    private void CompileClass(ClassDef s)
    {
        foreach (var d in s.DecoratorList) VisitExpr(d);
        int firstlineno = s.DecoratorList.Length > 0 ? s.DecoratorList[0].Lineno : s.Lineno;
        EnterScope(s.Name, ScopeType.Class, s, firstlineno);
        _u.Private = s.Name;
        NameOp("__name__", ExprContext.Load);
        NameOp("__module__", ExprContext.Store);
        LoadConst(_u.QualName);
        NameOp("__qualname__", ExprContext.Store);
        Body(s.Body);
        UnsetLoc();
        if (_u.Ste.NeedsClassClosure)
        {
            AddOpI(Op.LOAD_CLOSURE, _u.CellVars["__class__"]);
            AddOpI(Op.COPY, 1);
            NameOp("__classcell__", ExprContext.Store);
        }
        else LoadConst(null);
        AddOp(Op.RETURN_VALUE);
        var co = Assemble(addNone: true);
        ExitScope();
        AddOp(Op.PUSH_NULL);
        AddOp(Op.LOAD_BUILD_CLASS);
        MakeClosure(co, 0, co.QualName);
        LoadConst(s.Name);
        CallHelper(2, s.Bases, s.Keywords);
        ApplyDecorators(s.DecoratorList);
        NameOp(s.Name, ExprContext.Store);
    }

    private void CompileLambda(Lambda e)
    {
        CheckDebugArgs(e.Args);
        int funcflags = DefaultArguments(e.Args);
        EnterScope("<lambda>", ScopeType.Lambda, e, e.Lineno);
        _u.AddConst(null);
        _u.ArgCount = e.Args.Args.Length;
        _u.PosOnlyArgCount = e.Args.Posonlyargs.Length;
        _u.KwOnlyArgCount = e.Args.Kwonlyargs.Length;
        VisitExpr(e.Body);
        CodeObject co;
        if (_u.Ste.IsGenerator) co = Assemble(addNone: false);
        else
        {
            AddOp(Op.RETURN_VALUE);
            co = Assemble(addNone: true);
        }
        string qualname = _u.QualName!;
        ExitScope();
        MakeClosure(co, funcflags, qualname);
    }

    // ---------------------------------------------------------------- calls

    private bool IsImportOriginated(ExprNode e) =>
        e is Name n && (_st.Top.GetRawFlags(n.Id) & (int)SymbolFlags.DefImport) != 0;

    private bool MaybeOptimizeMethodCall(Call e)
    {
        if (e.Func is not Attribute { Ctx: ExprContext.Load } meth) return false;
        if (IsImportOriginated(meth.Value)) return false;
        int argsl = e.Args.Length, kwdsl = e.Keywords.Length;
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= StackUseGuideline) return false;
        foreach (var a in e.Args) if (a is Starred) return false;
        foreach (var k in e.Keywords) if (k.Arg is null) return false;
        VisitExpr(meth.Value);
        SetLoc(meth);
        UpdateStartLocationToMatchAttr(meth);
        AddOpName(Op.LOAD_METHOD, meth.Attr);
        foreach (var a in e.Args) VisitExpr(a);
        if (kwdsl > 0)
        {
            foreach (var k in e.Keywords) VisitExpr(k.Value);
            CallSimpleKwHelper(e.Keywords);
        }
        SetLoc(e);
        UpdateStartLocationToMatchAttr(meth);
        AddOpI(Op.PRECALL, argsl + kwdsl);
        AddOpI(Op.CALL, argsl + kwdsl);
        return true;
    }

    private void ValidateKeywords(Keyword[] keywords)
    {
        for (int i = 0; i < keywords.Length; i++)
        {
            var key = keywords[i];
            if (key.Arg is null) continue;
            ForbiddenName(key.Arg, ExprContext.Store);
            for (int j = i + 1; j < keywords.Length; j++)
            {
                var other = keywords[j];
                if (other.Arg is not null && other.Arg == key.Arg)
                {
                    SetLoc(other);
                    throw Error("keyword argument repeated: " + key.Arg);
                }
            }
        }
    }

    private void CompileCall(Call e)
    {
        ValidateKeywords(e.Keywords);
        if (MaybeOptimizeMethodCall(e)) return;
        CheckCaller(e.Func);
        SetLoc(e.Func);
        AddOp(Op.PUSH_NULL);
        SetLoc(e);
        VisitExpr(e.Func);
        CallHelper(0, e.Args, e.Keywords);
    }

    private void CallSimpleKwHelper(Keyword[] keywords)
    {
        var names = new object?[keywords.Length];
        for (int i = 0; i < names.Length; i++) names[i] = keywords[i].Arg;
        AddOpI(Op.KW_NAMES, _u.AddConst(new ConstTuple(names)));
    }

    private void SubKwargs(Keyword[] keywords, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            for (int i = begin; i < end; i++) VisitExpr(keywords[i].Value);
            var keys = new object?[n];
            for (int i = begin; i < end; i++) keys[i - begin] = keywords[i].Arg;
            LoadConst(new ConstTuple(keys));
            AddOpI(Op.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) AddOpINoLine(Op.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            LoadConst(keywords[i].Arg);
            VisitExpr(keywords[i].Value);
            if (big) AddOpINoLine(Op.MAP_ADD, 1);
        }
        if (!big) AddOpI(Op.BUILD_MAP, n);
    }

    private void CallHelper(int n, ExprNode[] args, Keyword[] keywords)
    {
        ValidateKeywords(keywords);
        int nelts = args.Length, nkwelts = keywords.Length;
        bool exCall = nelts + nkwelts * 2 > StackUseGuideline;
        foreach (var a in args) if (a is Starred) exCall = true;
        foreach (var k in keywords) if (k.Arg is null) exCall = true;
        if (!exCall)
        {
            foreach (var a in args) VisitExpr(a);
            if (nkwelts > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                CallSimpleKwHelper(keywords);
            }
            AddOpI(Op.PRECALL, n + nelts + nkwelts);
            AddOpI(Op.CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args[0] is Starred st0) VisitExpr(st0.Value);
        else StarUnpackHelper(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        if (nkwelts > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++)
            {
                var kw = keywords[i];
                if (kw.Arg is null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, i - nseen, i);
                        if (haveDict) AddOpI(Op.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict)
                    {
                        AddOpI(Op.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    AddOpI(Op.DICT_MERGE, 1);
                }
                else nseen++;
            }
            if (nseen > 0)
            {
                SubKwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) AddOpI(Op.DICT_MERGE, 1);
            }
        }
        AddOpI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }
}
