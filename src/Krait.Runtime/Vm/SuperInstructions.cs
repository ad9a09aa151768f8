using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

/// <summary>Superinstructions, as CPython 3.11's quickening makes them (LOAD_FAST__LOAD_FAST …): a pair of adjacent
/// instructions that is frequent is executed by one dispatch of the eval loop, which is where most of the time of
/// simple instructions goes. Only the executable copy of the bytecode (<see cref="PyCode.Instructions"/>) is
/// rewritten, never co_code, and only the first opcode of a pair: its argument, the second instruction and every
/// jump target stay as they were, so a jump to the second instruction still runs it alone. The eval loop runs a
/// pair only while no trace function is set; under tracing <see cref="BaseOp"/> gives back the first opcode.
/// A pair whose second instruction is complex (LOAD_ATTR, RETURN_VALUE …) runs the first and then jumps straight to
/// the second's handler (a direct jump instead of the loop's shared, poorly predicted indirect one). PRECALL + CALL and
/// JUMP_BACKWARD + FOR_ITER are chained the same way without any rewriting.</summary>
internal static class SuperInstructions
{
    // Opcode numbers CPython 3.11 leaves unused.
    public const int LoadFastLoadFast = 3, LoadFastLoadConst = 4, StoreFastLoadFast = 5, StoreFastStoreFast = 6,
        LoadConstLoadFast = 7, ForIterStoreFast = 8, CompareOpPopJump = 13, LoadFastLoadAttr = 14,
        LoadFastLoadMethod = 16, BinaryOpStoreFast = 17, LoadFastReturnValue = 18, LoadConstReturnValue = 19,
        ForIterUnpackPair = 48;

    private static readonly byte[] s_baseOp = BuildBaseOps();

    /// <summary>The CPython opcode a (possibly super) opcode starts with.</summary>
    public static int BaseOp(int op) => s_baseOp[op];

    private static byte[] BuildBaseOps()
    {
        var t = new byte[256];
        for (int i = 0; i < 256; i++) t[i] = (byte)i;
        t[LoadFastLoadFast] = Op.LOAD_FAST;
        t[LoadFastLoadConst] = Op.LOAD_FAST;
        t[StoreFastLoadFast] = Op.STORE_FAST;
        t[StoreFastStoreFast] = Op.STORE_FAST;
        t[LoadConstLoadFast] = Op.LOAD_CONST;
        t[ForIterStoreFast] = Op.FOR_ITER;
        t[ForIterUnpackPair] = Op.FOR_ITER;
        t[CompareOpPopJump] = Op.COMPARE_OP;
        t[LoadFastLoadAttr] = Op.LOAD_FAST;
        t[LoadFastLoadMethod] = Op.LOAD_FAST;
        t[BinaryOpStoreFast] = Op.BINARY_OP;
        t[LoadFastReturnValue] = Op.LOAD_FAST;
        t[LoadConstReturnValue] = Op.LOAD_CONST;
        // A word 255 reached without tracing (a jump into cache data of foreign co_code) must not dispatch to
        // DO_TRACING again and again.
        t[Interpreter.DoTracing] = PyCode.InvalidOpcode;
        return t;
    }

    /// <summary>Rewrites the first opcode of each pair in <paramref name="code"/> (cache index words already assigned).</summary>
    public static void Quicken(ushort[] code)
    {
        for (int i = 0; i < code.Length; i++)
        {
            int op = code[i] & 0xFF;
            int caches = OpcodeInfo.CacheCount(op);
            int next = i + 1 + caches;
            if (next < code.Length)
            {
                int super = Pair(op, code[next] & 0xFF);
                // FOR_ITER + UNPACK_SEQUENCE 2 (Interpreter.Iteration.cs): the pair without its tuple.
                if (op == Op.FOR_ITER && code[next] == (Op.UNPACK_SEQUENCE | 2 << 8)) super = ForIterUnpackPair;
                if (super != 0) code[i] = (ushort)((code[i] & 0xFF00) | super);
            }
            i += caches;
        }
    }

    private static int Pair(int first, int second) => (first, second) switch
    {
        (Op.LOAD_FAST, Op.LOAD_FAST) => LoadFastLoadFast,
        (Op.LOAD_FAST, Op.LOAD_CONST) => LoadFastLoadConst,
        (Op.STORE_FAST, Op.LOAD_FAST) => StoreFastLoadFast,
        (Op.STORE_FAST, Op.STORE_FAST) => StoreFastStoreFast,
        (Op.LOAD_CONST, Op.LOAD_FAST) => LoadConstLoadFast,
        (Op.LOAD_FAST, Op.LOAD_ATTR) => LoadFastLoadAttr,
        (Op.LOAD_FAST, Op.LOAD_METHOD) => LoadFastLoadMethod,
        (Op.BINARY_OP, Op.STORE_FAST) => BinaryOpStoreFast,
        (Op.LOAD_FAST, Op.RETURN_VALUE) => LoadFastReturnValue,
        (Op.LOAD_CONST, Op.RETURN_VALUE) => LoadConstReturnValue,
        (Op.FOR_ITER, Op.STORE_FAST) => ForIterStoreFast,
        (Op.COMPARE_OP, Op.POP_JUMP_FORWARD_IF_FALSE or Op.POP_JUMP_FORWARD_IF_TRUE
            or Op.POP_JUMP_BACKWARD_IF_FALSE or Op.POP_JUMP_BACKWARD_IF_TRUE) => CompareOpPopJump,
        _ => 0,
    };
}
