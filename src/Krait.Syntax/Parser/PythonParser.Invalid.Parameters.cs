using Krait.Syntax.Ast;
using Krait.Syntax.Tokenizer;
using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Syntax.Parser;

// The invalid_* rules of def and lambda parameters (error pass only); `lambda` selects the
// invalid_lambda_* variant where the two differ.
public sealed partial class PythonParser
{
    // invalid_parameters / invalid_lambda_parameters:
    //     | param_no_default* invalid_parameters_helper param_no_default
    //         → "non-default argument follows default argument"
    //     | param_no_default* '(' param_no_default+ ','? ')'          (def)
    //     | lambda_param_no_default* '(' ','.lambda_param+ ','? ')'   (lambda)
    //         → "Function parameters cannot be parenthesized" / "Lambda expression parameters …"
    //     | '/' ',' → "at least one argument must precede /"
    //     | (slash_no_default | slash_with_default) param_maybe_default* '/' → "/ may appear only once"
    //     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
    //       param_maybe_default* '/' → "/ must be ahead of *"
    //     | param_maybe_default+ '/' '*' → "expected comma between / and *"
    private void InvalidParameters(bool lambda)
    {
        int start = _mark;

        ParamNoDefaultStar(lambda);
        if (InvalidParametersHelper(lambda))
        {
            var a = ParamNoDefault(lambda, starAnnotation: false);
            if (a is not null) throw RaiseAt(a, "non-default argument follows default argument");
        }
        _mark = start;

        ParamNoDefaultStar(lambda);
        var lpar = Peek();
        if (Match(TokenKind.LPar))
        {
            bool inner;
            if (lambda)
            {
                inner = Param(lambda: true) is not null;
                if (inner)
                {
                    while (true)
                    {
                        int m = _mark;
                        if (!Match(TokenKind.Comma)) break;
                        if (Param(lambda: true) is null) { _mark = m; break; }
                    }
                }
            }
            else
            {
                inner = ParamNoDefaultPlus(lambda: false) is not null;
            }
            if (inner)
            {
                Match(TokenKind.Comma);
                var rpar = Peek();
                if (rpar.Kind == TokenKind.RPar)
                    throw RaiseRange(lpar, rpar, lambda
                        ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized");
            }
        }
        _mark = start;

        var slash = Peek();
        if (Match(TokenKind.Slash) && PeekKind() == TokenKind.Comma)
            throw RaiseAt(slash, "at least one argument must precede /");
        _mark = start;

        if (SlashNoDefault(lambda) is not null || SlashWithDefaultRule(lambda) is not null)
        {
            ParamMaybeDefaultStar(lambda);
            var a = Peek();
            if (a.Kind == TokenKind.Slash) throw RaiseAt(a, "/ may appear only once");
        }
        _mark = start;

        if (SlashNoDefault(lambda) is null) SlashWithDefaultRule(lambda);
        ParamMaybeDefaultStar(lambda);
        if (Match(TokenKind.Star) && (Match(TokenKind.Comma) || ParamNoDefault(lambda, starAnnotation: false) is not null))
        {
            ParamMaybeDefaultStar(lambda);
            var a = Peek();
            if (a.Kind == TokenKind.Slash) throw RaiseAt(a, "/ must be ahead of *");
        }
        _mark = start;

        if (ParamMaybeDefaultPlus(lambda) is not null && Match(TokenKind.Slash))
        {
            var a = Peek();
            if (a.Kind == TokenKind.Star) throw RaiseAt(a, "expected comma between / and *");
        }
        _mark = start;
    }

    // invalid_parameters_helper: slash_with_default | param_with_default+
    private bool InvalidParametersHelper(bool lambda) =>
        SlashWithDefaultRule(lambda) is not null || ParamWithDefaultPlus(lambda) is not null;

    // invalid_default: '=' &(')'|',') → "expected default value expression"
    private void InvalidDefault()
    {
        var a = Peek();
        if (a.Kind != TokenKind.Equal) return;
        int start = _mark;
        _mark++;
        var k = PeekKind();
        _mark = start;
        if (k is TokenKind.RPar or TokenKind.Comma) throw RaiseAt(a, "expected default value expression");
    }

    // invalid_star_etc:
    //     | '*' (')' | ',' (')' | '**')) → "named arguments must follow bare *" (at the '*')
    //     | '*' ',' TYPE_COMMENT → "bare * has associated type comment"
    //     | '*' param '=' → "var-positional argument cannot have default value"
    //     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
    //         → "* argument may appear only once"
    // invalid_lambda_star_etc:
    //     | '*' (':' | ',' (':' | '**')) → "named arguments must follow bare *" (at the last token)
    //     | '*' lambda_param '=' | '*' (…) lambda_param_maybe_default* '*' (…)  (as above)
    private void InvalidStarEtc(bool lambda)
    {
        int start = _mark;
        var star = Peek();
        if (star.Kind != TokenKind.Star) return;
        _mark++;
        var close = CloseKind(lambda);
        if (Match(close) || (Match(TokenKind.Comma) && (Match(close) || Match(TokenKind.DoubleStar))))
        {
            throw lambda ? RaiseSyntaxError("named arguments must follow bare *")
                         : RaiseAt(star, "named arguments must follow bare *");
        }
        _mark = start + 1;
        if (!lambda && Match(TokenKind.Comma) && PeekKind() == TokenKind.TypeComment)
        {
            _mark++;
            throw RaiseSyntaxError("bare * has associated type comment");
        }
        _mark = start + 1;
        if (Param(lambda) is not null)
        {
            var eq = Peek();
            if (eq.Kind == TokenKind.Equal) throw RaiseAt(eq, "var-positional argument cannot have default value");
        }
        _mark = start + 1;
        if (ParamNoDefault(lambda, starAnnotation: false) is not null || Match(TokenKind.Comma))
        {
            ParamMaybeDefaultStar(lambda);
            var again = Peek();
            if (Match(TokenKind.Star) && (ParamNoDefault(lambda, starAnnotation: false) is not null || Match(TokenKind.Comma)))
                throw RaiseAt(again, "* argument may appear only once");
        }
        _mark = start;
    }

    // invalid_kwds / invalid_lambda_kwds:
    //     | '**' param '=' → "var-keyword argument cannot have default value"
    //     | '**' param ',' param → "arguments cannot follow var-keyword argument"
    //     | '**' param ',' ('*'|'**'|'/') → the same
    private void InvalidKwds(bool lambda)
    {
        int start = _mark;
        if (!Match(TokenKind.DoubleStar)) return;
        if (Param(lambda) is not null)
        {
            int afterParam = _mark;
            var eq = Peek();
            if (eq.Kind == TokenKind.Equal) throw RaiseAt(eq, "var-keyword argument cannot have default value");
            if (Match(TokenKind.Comma))
            {
                var a = Param(lambda);
                if (a is not null) throw RaiseAt(a, "arguments cannot follow var-keyword argument");
                var t = Peek();
                if (t.Kind is TokenKind.Star or TokenKind.DoubleStar or TokenKind.Slash)
                    throw RaiseAt(t, "arguments cannot follow var-keyword argument");
            }
            _mark = afterParam;
        }
        _mark = start;
    }
}
