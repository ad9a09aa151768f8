using Krait.Compiler.Bytecode;

namespace Krait.Compiler.Assembler;

/// <summary>compile.c's stack_effect for 3.11: the change of the stack depth when the instruction
/// does not jump (<c>jump</c> false) or jumps / enters its handler (<c>jump</c> true).</summary>
internal static class StackEffect
{
    public static int Of(int opcode, int oparg, bool jump)
    {
        switch (opcode)
        {
            case Op.NOP: case Op.EXTENDED_ARG: case Op.RESUME: case Op.CACHE: return 0;
            case Op.POP_TOP: return -1;
            case Op.SWAP: return 0;
            case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT: return 0;
            case Op.SET_ADD: case Op.LIST_APPEND: return -1;
            case Op.MAP_ADD: return -2;
            case Op.BINARY_SUBSCR: return -1;
            case Op.STORE_SUBSCR: return -3;
            case Op.DELETE_SUBSCR: return -2;
            case Op.GET_ITER: return 0;
            case Op.PRINT_EXPR: return -1;
            case Op.LOAD_BUILD_CLASS: return 1;
            case Op.RETURN_VALUE: return -1;
            case Op.IMPORT_STAR: return -1;
            case Op.SETUP_ANNOTATIONS: return 0;
            case Op.ASYNC_GEN_WRAP: case Op.YIELD_VALUE: return 0;
            case Op.POP_BLOCK: return 0;
            case Op.POP_EXCEPT: return -1;
            case Op.STORE_NAME: return -1;
            case Op.DELETE_NAME: return 0;
            case Op.UNPACK_SEQUENCE: return oparg - 1;
            case Op.UNPACK_EX: return (oparg & 0xFF) + (oparg >> 8);
            case Op.FOR_ITER: return jump ? -1 : 1;
            case Op.SEND: return jump ? -1 : 0;
            case Op.STORE_ATTR: return -2;
            case Op.DELETE_ATTR: return -1;
            case Op.STORE_GLOBAL: return -1;
            case Op.DELETE_GLOBAL: return 0;
            case Op.LOAD_CONST: return 1;
            case Op.LOAD_NAME: return 1;
            case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - oparg;
            case Op.BUILD_MAP: return 1 - 2 * oparg;
            case Op.BUILD_CONST_KEY_MAP: return -oparg;
            case Op.LOAD_ATTR: return 0;
            case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: return -1;
            case Op.CHECK_EXC_MATCH: return 0;
            case Op.CHECK_EG_MATCH: return 0;
            case Op.IMPORT_NAME: return -1;
            case Op.IMPORT_FROM: return 1;
            case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP: case Op.JUMP_BACKWARD_NO_INTERRUPT:
            case Op.JUMP_NO_INTERRUPT:
                return 0;
            case Op.JUMP_IF_TRUE_OR_POP: case Op.JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
            case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_IF_NONE:
            case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: case Op.POP_JUMP_FORWARD_IF_NOT_NONE: case Op.POP_JUMP_IF_NOT_NONE:
            case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_FALSE: case Op.POP_JUMP_IF_FALSE:
            case Op.POP_JUMP_FORWARD_IF_TRUE: case Op.POP_JUMP_BACKWARD_IF_TRUE: case Op.POP_JUMP_IF_TRUE:
                return -1;
            case Op.LOAD_GLOBAL: return (oparg & 1) + 1;
            case Op.SETUP_FINALLY: return jump ? 1 : 0;
            case Op.SETUP_CLEANUP: return jump ? 2 : 0;
            case Op.SETUP_WITH: return jump ? 1 : 0;
            case Op.PREP_RERAISE_STAR: return -1;
            case Op.RERAISE: return -1;
            case Op.PUSH_EXC_INFO: return 1;
            case Op.WITH_EXCEPT_START: return 1;
            case Op.LOAD_FAST: return 1;
            case Op.STORE_FAST: return -1;
            case Op.DELETE_FAST: return 0;
            case Op.RETURN_GENERATOR: return 0;
            case Op.RAISE_VARARGS: return -oparg;
            case Op.PRECALL: return -oparg;
            case Op.KW_NAMES: return 0;
            case Op.CALL: return -1;
            case Op.CALL_FUNCTION_EX: return -2 - ((oparg & 1) != 0 ? 1 : 0);
            case Op.MAKE_FUNCTION:
                return -((oparg & 1) != 0 ? 1 : 0) - ((oparg & 2) != 0 ? 1 : 0)
                       - ((oparg & 4) != 0 ? 1 : 0) - ((oparg & 8) != 0 ? 1 : 0);
            case Op.BUILD_SLICE: return oparg == 3 ? -2 : -1;
            case Op.MAKE_CELL: case Op.COPY_FREE_VARS: return 0;
            case Op.LOAD_CLOSURE: return 1;
            case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: return 1;
            case Op.STORE_DEREF: return -1;
            case Op.DELETE_DEREF: return 0;
            case Op.GET_AWAITABLE: return 0;
            case Op.BEFORE_ASYNC_WITH: case Op.BEFORE_WITH: return 1;
            case Op.GET_AITER: return 0;
            case Op.GET_ANEXT: return 1;
            case Op.GET_YIELD_FROM_ITER: return 0;
            case Op.END_ASYNC_FOR: return -2;
            case Op.FORMAT_VALUE: return (oparg & 0x4) == 0x4 ? -1 : 0;
            case Op.LOAD_METHOD: return 1;
            case Op.LOAD_ASSERTION_ERROR: return 1;
            case Op.LIST_TO_TUPLE: return 0;
            case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_MERGE: case Op.DICT_UPDATE: return -1;
            case Op.MATCH_CLASS: return -2;
            case Op.GET_LEN: case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: case Op.MATCH_KEYS: return 1;
            case Op.COPY: case Op.PUSH_NULL: return 1;
            case Op.BINARY_OP: return -1;
            default: throw new InvalidOperationException($"compiler stack_effect(opcode={opcode}, arg={oparg}) failed");
        }
    }
}
