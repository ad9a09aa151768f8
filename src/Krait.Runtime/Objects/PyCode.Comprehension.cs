using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// Which comprehensions may size their list or dict from their source iterator (PyList.ForComprehension,
// PyDict.ForComprehension).
public sealed partial class PyCode
{
    /// <summary>The code unit of the BUILD_LIST 0 that starts a list comprehension whose loop appends exactly one item
    /// per item of its iterator (local 0, `.0`): no filter, no nested loop, every jump in the loop body lands inside
    /// the body; else -1. The list made there may get an array long enough for the whole source at once. It is
    /// only an array size: a guess that turns out wrong (an element that raises, an iterator mutated by the body)
    /// costs memory, never behaviour.</summary>
    internal readonly int PresizedListAt;

    /// <summary>The code unit of the BUILD_MAP 0 that starts a dict comprehension of the same shape whose key is the
    /// loop variable itself (`{i: ... for i in ...}`), else -1: over a range, every item is a new key.</summary>
    internal readonly int PresizedDictAt;

    /// <summary>Finds the start of a one-loop comprehension in co_code words (before superinstructions rewrite them):
    /// [COPY_FREE_VARS/MAKE_CELL] RESUME; <paramref name="build"/> 0; LOAD_FAST 0; FOR_ITER exit; body;
    /// <paramref name="add"/> 2; JUMP_BACKWARD to the FOR_ITER; exit. With <paramref name="keyIsTarget"/>, the body
    /// must start by storing the item in a local and loading it again.</summary>
    private static int FindOneLoopComprehension(ushort[] code, int build, int add, bool keyIsTarget)
    {
        int i = 0;
        while (i < code.Length && (code[i] & 0xFF) is Op.COPY_FREE_VARS or Op.MAKE_CELL or Op.RESUME) i++;
        if (i + 2 >= code.Length || code[i] != build || code[i + 1] != Op.LOAD_FAST || (code[i + 2] & 0xFF) != Op.FOR_ITER)
            return -1;
        int forIter = i + 2, end = forIter + 1 + (code[forIter] >> 8) - 2;
        if (end <= forIter || end + 1 >= code.Length || code[end] != (add | 2 << 8)
            || (code[end + 1] & 0xFF) != Op.JUMP_BACKWARD || end + 2 - (code[end + 1] >> 8) != forIter)
            return -1;
        if (keyIsTarget && (end < forIter + 3 || (code[forIter + 1] & 0xFF) != Op.STORE_FAST
            || code[forIter + 2] != (Op.LOAD_FAST | (code[forIter + 1] & 0xFF00)) || !ValueLeavesKey(code, forIter + 3, end)))
            return -1;
        for (int j = forIter + 1; j < end; j += 1 + OpcodeInfo.CacheCount(code[j] & 0xFF))
        {
            int op = code[j] & 0xFF, arg = code[j] >> 8;
            if (op is Op.EXTENDED_ARG or Op.FOR_ITER || op == add) return -1;
            if (!OpcodeInfo.IsRelativeJump(op)) continue;
            int target = OpcodeInfo.IsBackwardJump(op) ? j + 1 - arg : j + 1 + arg;
            if (target <= forIter || target > end) return -1;
        }
        return i;
    }

    /// <summary>Whether the straight-line code in [<paramref name="from"/>, <paramref name="end"/>) pushes one value
    /// on top of the key without ever taking the key off the stack (so the key is the loaded loop variable, not
    /// an expression of it such as `i % 7`). Only the instructions a value expression commonly has are known;
    /// any other (or a jump) says no.</summary>
    private static bool ValueLeavesKey(ushort[] code, int from, int end)
    {
        int depth = 1; // the key
        for (int j = from; j < end; j += 1 + OpcodeInfo.CacheCount(code[j] & 0xFF))
        {
            int op = code[j] & 0xFF, arg = code[j] >> 8;
            (int pops, int pushes) = op switch
            {
                Op.LOAD_FAST or Op.LOAD_CONST or Op.LOAD_DEREF or Op.LOAD_CLOSURE or Op.LOAD_NAME or Op.PUSH_NULL
                    or Op.COPY => (0, 1),
                Op.LOAD_GLOBAL => (0, 1 + (arg & 1)),
                Op.NOP or Op.PRECALL or Op.KW_NAMES => (0, 0),
                Op.BINARY_OP or Op.COMPARE_OP or Op.BINARY_SUBSCR or Op.IS_OP or Op.CONTAINS_OP => (2, 1),
                Op.UNARY_POSITIVE or Op.UNARY_NEGATIVE or Op.UNARY_NOT or Op.UNARY_INVERT or Op.LOAD_ATTR => (1, 1),
                Op.LOAD_METHOD => (1, 2),
                Op.CALL => (arg + 2, 1),
                Op.BUILD_TUPLE or Op.BUILD_LIST or Op.BUILD_SET or Op.BUILD_STRING or Op.BUILD_SLICE => (arg, 1),
                Op.BUILD_MAP => (2 * arg, 1),
                Op.FORMAT_VALUE => ((arg & 4) != 0 ? 2 : 1, 1),
                _ => (-1, 0),
            };
            if (pops < 0 || depth - pops < 1) return false;
            depth += pushes - pops;
        }
        return depth == 2;
    }
}
