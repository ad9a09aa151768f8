using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// Which list comprehensions may size their list from their source iterator (PyList.ForComprehension).
public sealed partial class PyCode
{
    /// <summary>The code unit of the BUILD_LIST 0 that starts a list comprehension whose loop appends exactly one item
    /// per item of its iterator (local 0, `.0`): no filter, no nested loop, every jump in the loop body lands inside
    /// the body; else -1. The list made there may get an array long enough for the whole source at once. It is
    /// only an array size: a guess that turns out wrong (an element that raises, an iterator mutated by the body)
    /// costs memory, never behaviour.</summary>
    internal readonly int PresizedListAt;

    /// <summary>Finds <see cref="PresizedListAt"/> in co_code words (before superinstructions rewrite them):
    /// [COPY_FREE_VARS/MAKE_CELL] RESUME; BUILD_LIST 0; LOAD_FAST 0; FOR_ITER exit; body; LIST_APPEND 2;
    /// JUMP_BACKWARD to the FOR_ITER; exit.</summary>
    private static int FindPresizedList(ushort[] code)
    {
        int i = 0;
        while (i < code.Length && (code[i] & 0xFF) is Op.COPY_FREE_VARS or Op.MAKE_CELL or Op.RESUME) i++;
        if (i + 2 >= code.Length || code[i] != Op.BUILD_LIST || code[i + 1] != Op.LOAD_FAST || (code[i + 2] & 0xFF) != Op.FOR_ITER)
            return -1;
        int forIter = i + 2, append = forIter + 1 + (code[forIter] >> 8) - 2;
        if (append <= forIter || append + 1 >= code.Length || code[append] != (Op.LIST_APPEND | 2 << 8)
            || (code[append + 1] & 0xFF) != Op.JUMP_BACKWARD || append + 2 - (code[append + 1] >> 8) != forIter)
            return -1;
        for (int j = forIter + 1; j < append; j += 1 + OpcodeInfo.CacheCount(code[j] & 0xFF))
        {
            int op = code[j] & 0xFF, arg = code[j] >> 8;
            if (op is Op.EXTENDED_ARG or Op.FOR_ITER or Op.LIST_APPEND) return -1;
            if (!OpcodeInfo.IsRelativeJump(op)) continue;
            int target = OpcodeInfo.IsBackwardJump(op) ? j + 1 - arg : j + 1 + arg;
            if (target <= forIter || target > append) return -1;
        }
        return i;
    }
}
