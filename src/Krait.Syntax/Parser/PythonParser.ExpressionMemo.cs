using Krait.Syntax.Ast;

namespace Krait.Syntax.Parser;

// Bookkeeping of the expression rules: memoization and CPython's rule-depth count.
//
// Memoization: the rules that are asked for twice at one position in normal parsing (expression,
// star_expression, t_primary, star_target, target_with_star_atom, del_target, arguments) keep a
// first-pass memo in flat per-token arrays (no hashing, no per-entry allocation): in the first pass
// the memo only saves work. In the error pass every rule CPython memoizes goes through the parser's
// common memo (TryMemo/Memoize), cleared for that pass, exactly as CPython memoizes.
public sealed partial class PythonParser
{
    // Memo ids of the expression area (0x200-0x2FF), for the rules CPython memoizes: marked
    // (memo) in the grammar, or left-recursive (pegen memoizes those too). Which results are
    // memoized matters beyond speed: a result computed with the invalid_* rules off (inside
    // expression_without_invalid) is reused later in the error pass, exactly as in CPython.
    private const int MemoExpression = 0x200;
    private const int MemoStarExpression = 0x201;
    private const int MemoDisjunction = 0x202;
    private const int MemoConjunction = 0x203;
    private const int MemoInversion = 0x204;
    private const int MemoBitwiseOr = 0x205;
    private const int MemoBitwiseXor = 0x206;
    private const int MemoBitwiseAnd = 0x207;
    private const int MemoShiftExpr = 0x208;
    private const int MemoSum = 0x209;
    private const int MemoTerm = 0x20A;
    private const int MemoFactor = 0x20B;
    private const int MemoAwaitPrimary = 0x20C;
    private const int MemoPrimary = 0x20D;
    private const int MemoTPrimary = 0x20E;
    private const int MemoStarTarget = 0x20F;
    private const int MemoTargetWithStarAtom = 0x210;
    private const int MemoDelTarget = 0x211;
    private const int MemoArguments = 0x212;
    private const int MemoInvalidNamedExpression = 0x213;

    /// <summary>Depth of expression_without_invalid (which runs only in the error pass).</summary>
    private int _withoutInvalidDepth;

    /// <summary>True in CPython's second, error-reporting pass.</summary>
    private bool InErrorPass => CallInvalidRules || _withoutInvalidDepth > 0;

    // The rules of the disjunction → … → primary chain are memoized only in the error pass. Their
    // memo is never consulted twice at one position in the first pass (their callers are memoized
    // or loop), so there it only costs; in the error pass CPython's exact memoization decides which
    // results computed with the invalid_* rules off get reused, so there we keep all of it.
    private bool TryChainMemo(int ruleId, out ExprNode? result)
    {
        if (InErrorPass) return TryMemo(ruleId, out result);
        result = null;
        return false;
    }

    private ExprNode? ChainMemoize(int ruleId, int start, ExprNode? result) =>
        InErrorPass ? Memoize(ruleId, start, result) : result;

    // CPython's parser counts every rule call against MAXSTACK (a left-recursive rule counts twice:
    // the rule and its _raw function). The chain rules that don't call Enter() add their share
    // here, so deep nesting fails at the depth where CPython's does.
    private void AddLevels(int n)
    {
        if ((_level += n) > MaxStack) throw new InsufficientExecutionStackException("parser stack overflow");
    }

    private void RemoveLevels(int n) => _level -= n;

    private const int FastMemoSlots = 8;
    private const int SlotExpression = 0;
    private const int SlotStarExpression = 1;
    private const int SlotTPrimary = 2;
    private const int SlotStarTarget = 3;
    private const int SlotTargetWithStarAtom = 4;
    private const int SlotDelTarget = 5;
    private const int SlotArguments = 6;

    private object?[] _fastMemoResults = [];
    /// <summary>End mark + 1 of each memoized result; 0 when nothing is memoized.</summary>
    private int[] _fastMemoEnds = [];

    private bool TryExprMemo<T>(int ruleId, int slot, out T? result) where T : class
    {
        if (InErrorPass) return TryMemo(ruleId, out result);
        int i = _mark * FastMemoSlots + slot;
        if (i < _fastMemoEnds.Length)
        {
            int end = _fastMemoEnds[i];
            if (end != 0)
            {
                result = (T?)_fastMemoResults[i];
                _mark = end - 1;
                return true;
            }
        }
        result = null;
        return false;
    }

    private T? ExprMemoize<T>(int ruleId, int slot, int start, T? result) where T : class
    {
        if (InErrorPass) return Memoize(ruleId, start, result);
        int i = start * FastMemoSlots + slot;
        if (i >= _fastMemoEnds.Length)
        {
            int size = Math.Max((i / FastMemoSlots + 1) * FastMemoSlots, Math.Max(_fastMemoEnds.Length * 2, (Fill + 256) * FastMemoSlots));
            Array.Resize(ref _fastMemoEnds, size);
            Array.Resize(ref _fastMemoResults, size);
        }
        _fastMemoResults[i] = result;
        _fastMemoEnds[i] = _mark + 1;
        return result;
    }
}
