using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// Function and lambda parameters (python.gram "Function parameters" and "Lambda functions").
// The def and lambda rule families have the same shape; one implementation serves both, told
// apart by `lambda`: a lambda parameter has no annotation and no type comment, and a parameter
// list ends at ':' instead of ')'.
public sealed partial class PythonParser
{
    /// <summary>_PyPegen_name_default_pair: a parameter with its default (null when none).</summary>
    private sealed record NameDefaultPair(Arg Arg, ExprNode? Value);

    /// <summary>SlashWithDefault: the positional-only part when some of it has defaults.</summary>
    private sealed record SlashWithDefault(List<Arg> PlainNames, List<NameDefaultPair> NamesWithDefaults);

    /// <summary>StarEtc: what follows the positional parameters.</summary>
    private sealed record StarEtc(Arg? Vararg, List<NameDefaultPair>? Kwonlyargs, Arg? Kwarg);

    // params: invalid_parameters | parameters
    /// <summary>params: a function definition's parameter list (without the parentheses).</summary>
    internal Arguments? ParamsRule()
    {
        if (CallInvalidRules) InvalidParameters(lambda: false);
        return Parameters(lambda: false);
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    private ExprNode? Lambdef()
    {
        AddLevels(1);
        var result = LambdefBody();
        RemoveLevels(1);
        return result;
    }

    private ExprNode? LambdefBody()
    {
        int start = _mark;
        if (!Match(TokenKind.Lambda)) return null;
        var a = LambdaParams();
        if (Match(TokenKind.Colon))
        {
            var b = ExpressionRule();
            if (b is not null) return Loc(new Lambda { Args = a ?? new Arguments(), Body = b }, start);
        }
        _mark = start;
        return null;
    }

    // lambda_params: invalid_lambda_parameters | lambda_parameters
    private Arguments? LambdaParams()
    {
        if (CallInvalidRules) InvalidParameters(lambda: true);
        return Parameters(lambda: true);
    }

    // parameters:
    //     | slash_no_default param_no_default* param_with_default* [star_etc]
    //     | slash_with_default param_with_default* [star_etc]
    //     | param_no_default+ param_with_default* [star_etc]
    //     | param_with_default+ [star_etc]
    //     | star_etc
    private Arguments? Parameters(bool lambda)
    {
        var slashNoDefault = SlashNoDefault(lambda);
        if (slashNoDefault is not null)
        {
            var b = ParamNoDefaultStar(lambda);
            var c = ParamWithDefaultStar(lambda);
            var d = StarEtcRule(lambda);
            return MakeArguments(slashNoDefault, null, b, c, d);
        }
        var slashWithDefault = SlashWithDefaultRule(lambda);
        if (slashWithDefault is not null)
        {
            var b = ParamWithDefaultStar(lambda);
            var c = StarEtcRule(lambda);
            return MakeArguments(null, slashWithDefault, null, b, c);
        }
        var plain = ParamNoDefaultPlus(lambda);
        if (plain is not null)
        {
            var b = ParamWithDefaultStar(lambda);
            var c = StarEtcRule(lambda);
            return MakeArguments(null, null, plain, b, c);
        }
        var withDefault = ParamWithDefaultPlus(lambda);
        if (withDefault is not null)
        {
            var b = StarEtcRule(lambda);
            return MakeArguments(null, null, null, withDefault, b);
        }
        var starEtc = StarEtcRule(lambda);
        if (starEtc is not null) return MakeArguments(null, null, null, null, starEtc);
        return null;
    }

    /// <summary>_PyPegen_make_arguments.</summary>
    private static Arguments MakeArguments(List<Arg>? slashWithoutDefault, SlashWithDefault? slashWithDefault,
        List<Arg>? plainNames, List<NameDefaultPair>? namesWithDefault, StarEtc? starEtc)
    {
        var posonly = new List<Arg>();
        var defaults = new List<ExprNode>();
        if (slashWithoutDefault is not null)
        {
            posonly.AddRange(slashWithoutDefault);
        }
        else if (slashWithDefault is not null)
        {
            posonly.AddRange(slashWithDefault.PlainNames);
            foreach (var p in slashWithDefault.NamesWithDefaults)
            {
                posonly.Add(p.Arg);
                defaults.Add(p.Value!);
            }
        }
        var args = new List<Arg>();
        if (plainNames is not null) args.AddRange(plainNames);
        if (namesWithDefault is not null)
        {
            foreach (var p in namesWithDefault)
            {
                args.Add(p.Arg);
                defaults.Add(p.Value!);
            }
        }
        Arg[] kwonly = [];
        ExprNode[] kwDefaults = [];
        if (starEtc?.Kwonlyargs is { } kw)
        {
            kwonly = new Arg[kw.Count];
            kwDefaults = new ExprNode[kw.Count];
            for (int i = 0; i < kw.Count; i++)
            {
                kwonly[i] = kw[i].Arg;
                kwDefaults[i] = kw[i].Value!; // null stays null: "no default" (None in ast.dump)
            }
        }
        return new Arguments
        {
            Posonlyargs = posonly.ToArray(),
            Args = args.ToArray(),
            Vararg = starEtc?.Vararg,
            Kwonlyargs = kwonly,
            KwDefaults = kwDefaults,
            Kwarg = starEtc?.Kwarg,
            Defaults = defaults.ToArray(),
        };
    }

    // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    private List<Arg>? SlashNoDefault(bool lambda)
    {
        int start = _mark;
        var a = ParamNoDefaultPlus(lambda);
        if (a is not null && Match(TokenKind.Slash) && (Match(TokenKind.Comma) || PeekKind() == CloseKind(lambda)))
            return a;
        _mark = start;
        return null;
    }

    // slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
    private SlashWithDefault? SlashWithDefaultRule(bool lambda)
    {
        int start = _mark;
        var a = ParamNoDefaultStar(lambda);
        var b = ParamWithDefaultPlus(lambda);
        if (b is not null && Match(TokenKind.Slash) && (Match(TokenKind.Comma) || PeekKind() == CloseKind(lambda)))
            return new SlashWithDefault(a, b);
        _mark = start;
        return null;
    }

    // star_etc:
    //     | invalid_star_etc
    //     | '*' param_no_default param_maybe_default* [kwds]
    //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
    //     | '*' ',' param_maybe_default+ [kwds]
    //     | kwds
    private StarEtc? StarEtcRule(bool lambda)
    {
        if (CallInvalidRules) InvalidStarEtc(lambda);
        int start = _mark;
        if (Match(TokenKind.Star))
        {
            var a = ParamNoDefault(lambda, starAnnotation: false);
            if (a is null && !lambda) a = ParamNoDefault(lambda, starAnnotation: true);
            if (a is not null)
            {
                var b = ParamMaybeDefaultStar(lambda);
                var c = Kwds(lambda);
                return new StarEtc(a, b, c);
            }
            if (Match(TokenKind.Comma))
            {
                var b = ParamMaybeDefaultPlus(lambda);
                if (b is not null)
                {
                    var c = Kwds(lambda);
                    return new StarEtc(null, b, c);
                }
            }
            _mark = start;
        }
        var kwds = Kwds(lambda);
        if (kwds is not null) return new StarEtc(null, null, kwds);
        return null;
    }

    // kwds: invalid_kwds | '**' param_no_default
    private Arg? Kwds(bool lambda)
    {
        if (CallInvalidRules) InvalidKwds(lambda);
        int start = _mark;
        if (Match(TokenKind.DoubleStar))
        {
            var a = ParamNoDefault(lambda, starAnnotation: false);
            if (a is not null) return a;
            _mark = start;
        }
        return null;
    }

    private static TokenKind CloseKind(bool lambda) => lambda ? TokenKind.Colon : TokenKind.RPar;

    // param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
    // param_no_default_star_annotation: the same with param_star_annotation
    // lambda_param_no_default: lambda_param ',' | lambda_param &':'
    private Arg? ParamNoDefault(bool lambda, bool starAnnotation)
    {
        int start = _mark;
        var a = starAnnotation ? ParamStarAnnotation() : Param(lambda);
        if (a is null) return null;
        if (Match(TokenKind.Comma))
        {
            if (!lambda) AddTypeComment(a);
            return a;
        }
        if (!lambda) AddTypeComment(a);
        if (PeekKind() == CloseKind(lambda)) return a;
        _mark = start;
        return null;
    }

    // param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
    // param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
    private bool ParamWithDefault(bool lambda, bool defaultOptional, out NameDefaultPair pair)
    {
        int start = _mark;
        pair = null!;
        var a = Param(lambda);
        if (a is null) return false;
        var value = Default();
        if (value is null && !defaultOptional)
        {
            _mark = start;
            return false;
        }
        if (Match(TokenKind.Comma))
        {
            if (!lambda) AddTypeComment(a);
            pair = new NameDefaultPair(a, value);
            return true;
        }
        if (!lambda) AddTypeComment(a);
        if (PeekKind() == CloseKind(lambda))
        {
            pair = new NameDefaultPair(a, value);
            return true;
        }
        _mark = start;
        return false;
    }

    /// <summary>An optional TYPE_COMMENT after a parameter (_PyPegen_add_type_comment_to_arg).</summary>
    private void AddTypeComment(Arg a)
    {
        var t = Peek();
        if (t.Kind != TokenKind.TypeComment) return;
        _mark++;
        a.TypeComment = TokenString(t);
    }

    // param: NAME annotation?      lambda_param: NAME
    private Arg? Param(bool lambda)
    {
        int start = _mark;
        var t = Peek();
        if (t.Kind != TokenKind.Name) return null;
        _mark++;
        ExprNode? annotation = null;
        if (!lambda)
        {
            // annotation: ':' expression
            int m = _mark;
            if (Match(TokenKind.Colon))
            {
                annotation = ExpressionRule();
                if (annotation is null) _mark = m;
            }
        }
        return Loc(new Arg { ArgName = Identifier(t), Annotation = annotation }, start);
    }

    // param_star_annotation: NAME star_annotation      star_annotation: ':' star_expression
    private Arg? ParamStarAnnotation()
    {
        int start = _mark;
        var t = Peek();
        if (t.Kind != TokenKind.Name) return null;
        _mark++;
        if (Match(TokenKind.Colon))
        {
            var annotation = StarExpression();
            if (annotation is not null)
                return Loc(new Arg { ArgName = Identifier(t), Annotation = annotation }, start);
        }
        _mark = start;
        return null;
    }

    // default: '=' expression | invalid_default
    private ExprNode? Default()
    {
        int start = _mark;
        if (Match(TokenKind.Equal))
        {
            var a = ExpressionRule();
            if (a is not null) return a;
            _mark = start;
        }
        if (CallInvalidRules) InvalidDefault();
        return null;
    }

    // ---- repetitions ----------------------------------------------------------------------------

    private List<Arg> ParamNoDefaultStar(bool lambda)
    {
        var list = new List<Arg>();
        Arg? a;
        while ((a = ParamNoDefault(lambda, starAnnotation: false)) is not null) list.Add(a);
        return list;
    }

    private List<Arg>? ParamNoDefaultPlus(bool lambda)
    {
        var list = ParamNoDefaultStar(lambda);
        return list.Count > 0 ? list : null;
    }

    private List<NameDefaultPair> ParamWithDefaultStar(bool lambda) => PairStar(lambda, defaultOptional: false);

    private List<NameDefaultPair>? ParamWithDefaultPlus(bool lambda)
    {
        var list = PairStar(lambda, defaultOptional: false);
        return list.Count > 0 ? list : null;
    }

    private List<NameDefaultPair> ParamMaybeDefaultStar(bool lambda) => PairStar(lambda, defaultOptional: true);

    private List<NameDefaultPair>? ParamMaybeDefaultPlus(bool lambda)
    {
        var list = PairStar(lambda, defaultOptional: true);
        return list.Count > 0 ? list : null;
    }

    private List<NameDefaultPair> PairStar(bool lambda, bool defaultOptional)
    {
        var list = new List<NameDefaultPair>();
        while (ParamWithDefault(lambda, defaultOptional, out var pair)) list.Add(pair);
        return list;
    }
}
