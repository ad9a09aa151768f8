using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>A fused arithmetic tree (JitCompiler.Arithmetic.cs) computed on exact ints of any size: `10 * (r - d * t)`
/// or `(q * (7 * k + 2) + r * l) // (t * l)` of big ints makes only the result, with the intermediates in buffers this
/// per-thread object keeps (a big int is an array in fresh memory each time; these stay in the cache). The program is
/// the tree in postfix, one char each: a leaf's number (below <see cref="OpBase"/>) or <see cref="OpBase"/> + the
/// BINARY_OP argument (+ - * // %), or, last, <see cref="CompareBase"/> + a COMPARE_OP argument (the result is then
/// the bool). The leaves are registered first (<see cref="Leaf"/>); the compiled code has checked
/// they are exact ints. <see cref="Run"/> returns null for a zero divisor: the instructions' own code then raises.</summary>
internal sealed class BigTree
{
    internal const int OpBase = 0x100, CompareBase = OpBase + 100;
    private const int NbAdd = 0, NbFloorDivide = 2, NbMultiply = 5, NbRemainder = 6, NbSubtract = 10;

    /// <summary>Below this many words in the shorter operand, multiplication is schoolbook here; above, BigInteger's
    /// (Karatsuba) does it.</summary>
    private const int SchoolbookWords = 40;

    /// <summary>At most 64 operations (JitCompiler.MaxArithOps), so 65 leaves and values.</summary>
    private const int MaxValues = 66;

    // The leaves: their words (a big int's own array, or a two-word buffer for a machine word), lengths and signs.
    private readonly uint[]?[] _leafWords = new uint[]?[MaxValues];
    private readonly uint[]?[] _smallLeaf = new uint[]?[MaxValues];
    private readonly int[] _leafLen = new int[MaxValues], _leafSign = new int[MaxValues];

    // The value stack: words, length, sign, and whether the words are a buffer of this object.
    private readonly uint[]?[] _words = new uint[]?[MaxValues];
    private readonly int[] _len = new int[MaxValues], _sign = new int[MaxValues];
    private readonly bool[] _owned = new bool[MaxValues];

    // Free buffers.
    private readonly uint[]?[] _free = new uint[]?[16];
    private int _freeCount;

    internal static BigTree For(ThreadState ts) => ts.BigTree ??= new BigTree();

    /// <summary>Leaf <paramref name="i"/> is <paramref name="o"/>, an exact int.</summary>
    internal void Leaf(PyObject o, int i)
    {
        var n = Unsafe.As<PyInt>(o);
        if (n.TryGetWords(out var words, out int sign))
        {
            _leafWords[i] = words;
            _leafLen[i] = words.Length;
            _leafSign[i] = sign;
            return;
        }
        var buf = _smallLeaf[i] ??= new uint[2];
        _leafWords[i] = buf;
        _leafLen[i] = PyInt.SmallMagnitude(n.Small, buf);
        _leafSign[i] = Math.Sign(n.Small);
    }

    /// <summary>The tree's value, or null when a divisor is zero.</summary>
    internal PyObject? Run(string program)
    {
        int sp = 0;
        PyObject? result = null;
        foreach (char c in program)
        {
            if (c < OpBase)
            {
                _words[sp] = _leafWords[c];
                _len[sp] = _leafLen[c];
                _sign[sp] = _leafSign[c];
                _owned[sp] = false;
                sp++;
                continue;
            }
            sp--;
            if (c >= CompareBase)
            {
                result = PyBool.From(Ops.CompareResult(CompareValues(sp - 1, sp), (CompareOp)(c - CompareBase)));
                goto done;
            }
            if (!Apply(c - OpBase, sp - 1, sp)) goto done;
        }
        result = PyInt.FromMagnitude(_sign[0], _words[0]!, _len[0]);
    done:
        for (int i = 0; i <= sp && i < MaxValues; i++)
        {
            if (_owned[i]) Release(_words[i]!);
            _owned[i] = false;
            _words[i] = null;
        }
        for (int i = 0; i < MaxValues && _leafWords[i] is not null; i++) _leafWords[i] = null;
        return result;
    }

    /// <summary>-1, 0 or 1 as value a is below, equal to or above value b.</summary>
    private int CompareValues(int a, int b)
    {
        int sa = _len[a] == 0 ? 0 : _sign[a], sb = _len[b] == 0 ? 0 : _sign[b];
        if (sa != sb) return sa < sb ? -1 : 1;
        if (sa == 0) return 0;
        int c = Magnitude.Compare(_words[a].AsSpan(0, _len[a]), _words[b].AsSpan(0, _len[b]));
        return sa < 0 ? -c : c;
    }

    /// <summary>Value a = a op b; b is dropped.</summary>
    private bool Apply(int op, int a, int b)
    {
        int sa = _sign[a], sb = _sign[b];
        if (sa != 0 && _len[a] == 0) sa = 0;
        if (sb != 0 && _len[b] == 0) sb = 0;
        switch (op)
        {
            case NbAdd:
                AddSigned(a, b, sa, sb);
                return true;
            case NbSubtract:
                AddSigned(a, b, sa, -sb);
                return true;
            case NbMultiply:
                Multiply(a, b, sa, sb);
                return true;
            case NbFloorDivide or NbRemainder:
                if (sb == 0) return false;
                Divide(a, b, sa, sb, op == NbRemainder);
                return true;
        }
        return false;
    }

    private void AddSigned(int a, int b, int sa, int sb)
    {
        if (sb == 0)
        {
            _sign[a] = sa;
            Drop(b);
            return;
        }
        if (sa == 0)
        {
            Move(b, a);
            _sign[a] = sb;
            return;
        }
        uint[] x = _words[a]!, y = _words[b]!;
        int lx = _len[a], ly = _len[b];
        if (sa == sb)
        {
            if (lx < ly) (x, lx, y, ly) = (y, ly, x, lx);
            var r = Rent(lx + 1);
            Set(a, r, Magnitude.Add(x.AsSpan(0, lx), y.AsSpan(0, ly), r), sa);
        }
        else
        {
            int c = Magnitude.Compare(x.AsSpan(0, lx), y.AsSpan(0, ly));
            if (c == 0)
            {
                Set(a, Rent(1), 0, 0);
            }
            else
            {
                if (c < 0) (x, lx, y, ly, sa) = (y, ly, x, lx, sb);
                var r = Rent(lx);
                Set(a, r, Magnitude.Sub(x.AsSpan(0, lx), y.AsSpan(0, ly), r), sa);
            }
        }
        Drop(b);
    }

    private void Multiply(int a, int b, int sa, int sb)
    {
        if (sa == 0 || sb == 0)
        {
            Set(a, Rent(1), 0, 0);
            Drop(b);
            return;
        }
        uint[] x = _words[a]!, y = _words[b]!;
        int lx = _len[a], ly = _len[b];
        if (lx < ly) (x, lx, y, ly) = (y, ly, x, lx);
        var r = Rent(lx + ly);
        int len;
        if (ly == 1) len = Magnitude.MulWord(x.AsSpan(0, lx), y[0], r);
        else if (ly < SchoolbookWords) len = Magnitude.Mul(x.AsSpan(0, lx), y.AsSpan(0, ly), r);
        else
        {
            var product = AsBig(x, lx) * AsBig(y, ly);
            var bytes = MemoryMarshal.AsBytes(r.AsSpan(0, lx + ly));
            bytes.Clear();
            product.TryWriteBytes(bytes, out _, isUnsigned: true);
            len = Magnitude.Trim(r.AsSpan(0, lx + ly));
        }
        Set(a, r, len, sa * sb);
        Drop(b);
    }

    /// <summary>A magnitude as a BigInteger (a copy: only big products take this way).</summary>
    private static BigInteger AsBig(uint[] words, int len) =>
        new(MemoryMarshal.AsBytes(words.AsSpan(0, len)), isUnsigned: true);

    /// <summary>Floor division or modulo, sb ≠ 0: value a becomes the quotient or the remainder.</summary>
    private void Divide(int a, int b, int sa, int sb, bool remainder)
    {
        uint[] x = _words[a]!, y = _words[b]!;
        int lx = _len[a], ly = _len[b];
        if (sa == 0)
        {
            Set(a, Rent(1), 0, 0);
            Drop(b);
            return;
        }
        uint[] q = Rent(lx + 1), r;
        int lq, lr;
        if (ly == 1)
        {
            r = Rent(1);
            r[0] = Magnitude.DivWord(x.AsSpan(0, lx), y[0], q);
            lq = Magnitude.Trim(q.AsSpan(0, lx));
            lr = r[0] == 0 ? 0 : 1;
        }
        else if (lx < ly)
        {
            r = Rent(lx);
            Array.Copy(x, r, lx);
            lq = 0;
            lr = lx;
        }
        else
        {
            r = Rent(lx + 1);
            (lq, lr) = Magnitude.DivRem(x.AsSpan(0, lx), y.AsSpan(0, ly), q, r);
        }
        // Truncated |x| = Q·|y| + R; the floor differs when the signs do and R isn't zero: Q + 1, and |y| - R with
        // y's sign.
        if (sa != sb && lr != 0)
        {
            q[lq] = 0;
            if (!Magnitude.TryIncrement(q.AsSpan(0, lq))) q[lq] = 1;
            lq = Magnitude.Trim(q.AsSpan(0, lq + 1));
            var m = Rent(ly);
            lr = Magnitude.Sub(y.AsSpan(0, ly), r.AsSpan(0, lr), m);
            Release(r);
            r = m;
        }
        if (remainder)
        {
            Release(q);
            Set(a, r, lr, sb);
        }
        else
        {
            Release(r);
            Set(a, q, lq, sa * sb);
        }
        Drop(b);
    }

    private void Set(int i, uint[] words, int len, int sign)
    {
        if (_owned[i]) Release(_words[i]!);
        _words[i] = words;
        _len[i] = len;
        _sign[i] = len == 0 ? 0 : sign;
        _owned[i] = true;
    }

    private void Move(int from, int to)
    {
        if (_owned[to]) Release(_words[to]!);
        _words[to] = _words[from];
        _len[to] = _len[from];
        _sign[to] = _sign[from];
        _owned[to] = _owned[from];
        _owned[from] = false;
        _words[from] = null;
    }

    private void Drop(int i)
    {
        if (_owned[i]) Release(_words[i]!);
        _owned[i] = false;
        _words[i] = null;
    }

    private uint[] Rent(int n)
    {
        if (_freeCount > 0)
        {
            var buf = _free[--_freeCount]!;
            _free[_freeCount] = null;
            if (buf.Length >= n) return buf;
        }
        return new uint[Math.Max(n + n / 4, 8)];
    }

    private void Release(uint[] buf)
    {
        if (_freeCount < _free.Length) _free[_freeCount++] = buf;
    }
}
