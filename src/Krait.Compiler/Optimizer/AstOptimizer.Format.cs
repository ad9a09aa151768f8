using System.Text;
using Krait.Syntax.Ast;

namespace Krait.Compiler.Optimizer;

internal sealed partial class AstOptimizer
{
    private const int MaxDigits = 3;

    /// <summary>optimize_format: <c>'lit%s lit%r' % (a, b)</c> becomes an f-string when every unit is
    /// a simple %s/%r/%a (optional '-' flag, width and precision under 100) and the counts agree.</summary>
    private static ExprNode? OptimizeFormat(BinOp node, string fmt, ExprNode[] elts)
    {
        var cps = ToCodePoints(fmt);
        int pos = 0, cnt = 0;
        var seq = new List<ExprNode>();
        while (true)
        {
            var lit = ParseLiteral(cps, ref pos);
            if (lit is not null) seq.Add(lit);
            if (pos >= cps.Length) break;
            if (cnt >= elts.Length) return null;
            pos++;
            var expr = ParseFormat(cps, ref pos, elts[cnt]);
            cnt++;
            if (expr is null) return null;
            seq.Add(expr);
        }
        if (cnt < elts.Length) return null;
        var js = new JoinedStr { Values = [.. seq] };
        js.CopyLocation(node);
        return js;
    }

    private static int[] ToCodePoints(string s)
    {
        var r = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                r.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else r.Add(s[i]);
        }
        return [.. r];
    }

    private static Constant NoLocConst(object value)
    {
        var c = new Constant { Value = value };
        c.SetLocation(-1, -1, -1, -1);
        return c;
    }

    private static Constant? ParseLiteral(int[] fmt, ref int ppos)
    {
        int start = ppos, pos = ppos;
        bool hasPercents = false;
        while (pos < fmt.Length)
        {
            if (fmt[pos] != '%') pos++;
            else if (pos + 1 < fmt.Length && fmt[pos + 1] == '%')
            {
                hasPercents = true;
                pos += 2;
            }
            else break;
        }
        ppos = pos;
        if (pos == start) return null;
        var sb = new StringBuilder();
        for (int i = start; i < pos; i++) sb.Append(char.ConvertFromUtf32(fmt[i]));
        var str = sb.ToString();
        if (hasPercents) str = str.Replace("%%", "%");
        return NoLocConst(str);
    }

    private static ExprNode? ParseFormat(int[] fmt, ref int ppos, ExprNode arg)
    {
        int pos = ppos;
        int ch;
        bool ljust = false;
        int width = -1, prec = -1;
        bool Next(ref int p, out int c)
        {
            if (p >= fmt.Length)
            {
                c = 0;
                return false;
            }
            c = fmt[p++];
            return true;
        }
        while (true)
        {
            if (!Next(ref pos, out ch)) return null;
            if (ch == '-') { ljust = true; continue; }
            if (ch is '+' or ' ' or '#' or '0') continue;
            break;
        }
        if (ch is >= '0' and <= '9')
        {
            width = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                width = width * 10 + (ch - '0');
                if (!Next(ref pos, out ch)) return null;
                if (++digits >= MaxDigits) return null;
            }
        }
        if (ch == '.')
        {
            if (!Next(ref pos, out ch)) return null;
            prec = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                prec = prec * 10 + (ch - '0');
                if (!Next(ref pos, out ch)) return null;
                if (++digits >= MaxDigits) return null;
            }
        }
        ppos = pos;
        if (ch is 's' or 'r' or 'a')
        {
            var spec = new StringBuilder();
            if (!ljust && width > 0) spec.Append('>');
            if (width >= 0) spec.Append(width);
            if (prec >= 0) spec.Append('.').Append(prec);
            var fv = new FormattedValue { Value = arg, Conversion = ch, FormatSpec = spec.Length > 0 ? NoLocConst(spec.ToString()) : null };
            fv.CopyLocation(arg);
            return fv;
        }
        return null;
    }
}
