namespace Krait.Syntax.Parser;

// Memoization of the expression rules that are asked for twice at one position in normal parsing
// (expression, star_expression, t_primary, star_target, target_with_star_atom, del_target,
// arguments). In the first pass the memo only saves work, so these live in flat per-token arrays
// (no hashing, no per-entry allocation). In the error pass every memoized rule goes through the
// parser's common memo (TryMemo/Memoize), cleared for that pass, exactly as CPython memoizes.
public sealed partial class PythonParser
{
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
