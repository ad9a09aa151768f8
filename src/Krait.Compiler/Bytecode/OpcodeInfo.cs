namespace Krait.Compiler.Bytecode;

/// <summary>Facts about each 3.11 opcode: name, inline cache entries (opcode._inline_cache_entries),
/// whether it takes an argument, and its jump kind (opcode.hasjrel; 3.11 has no absolute jumps).</summary>
public static class OpcodeInfo
{
    private static readonly string?[] Names = BuildNames();
    private static readonly byte[] Caches = BuildCaches();

    public static string Name(int op) => op switch
    {
        Op.SETUP_FINALLY => "SETUP_FINALLY",
        Op.SETUP_CLEANUP => "SETUP_CLEANUP",
        Op.SETUP_WITH => "SETUP_WITH",
        Op.POP_BLOCK => "POP_BLOCK",
        Op.JUMP => "JUMP",
        Op.JUMP_NO_INTERRUPT => "JUMP_NO_INTERRUPT",
        Op.POP_JUMP_IF_FALSE => "POP_JUMP_IF_FALSE",
        Op.POP_JUMP_IF_TRUE => "POP_JUMP_IF_TRUE",
        Op.POP_JUMP_IF_NONE => "POP_JUMP_IF_NONE",
        Op.POP_JUMP_IF_NOT_NONE => "POP_JUMP_IF_NOT_NONE",
        >= 0 and < 256 => Names[op] ?? $"<{op}>",
        _ => $"<{op}>",
    };

    /// <summary>Number of CACHE code units that follow the instruction in co_code.</summary>
    public static int CacheCount(int op) => op is >= 0 and < 256 ? Caches[op] : 0;

    public static bool HasArg(int op) => op >= Op.HAVE_ARGUMENT;

    public static bool IsPseudo(int op) => op < 0;

    /// <summary>Relative jumps of co_code (opcode.hasjrel).</summary>
    public static bool IsRelativeJump(int op) => op switch
    {
        Op.FOR_ITER or Op.JUMP_FORWARD or Op.JUMP_IF_FALSE_OR_POP or Op.JUMP_IF_TRUE_OR_POP
            or Op.POP_JUMP_FORWARD_IF_FALSE or Op.POP_JUMP_FORWARD_IF_TRUE or Op.SEND
            or Op.POP_JUMP_FORWARD_IF_NOT_NONE or Op.POP_JUMP_FORWARD_IF_NONE
            or Op.JUMP_BACKWARD_NO_INTERRUPT or Op.JUMP_BACKWARD
            or Op.POP_JUMP_BACKWARD_IF_NOT_NONE or Op.POP_JUMP_BACKWARD_IF_NONE
            or Op.POP_JUMP_BACKWARD_IF_FALSE or Op.POP_JUMP_BACKWARD_IF_TRUE => true,
        _ => false,
    };

    public static bool IsBackwardJump(int op) => op is Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT
        or Op.POP_JUMP_BACKWARD_IF_NONE or Op.POP_JUMP_BACKWARD_IF_NOT_NONE
        or Op.POP_JUMP_BACKWARD_IF_TRUE or Op.POP_JUMP_BACKWARD_IF_FALSE;

    /// <summary>A jump of the compiler's flow graph: a real relative jump or a pseudo jump.</summary>
    public static bool IsJump(int op) => op is Op.JUMP or Op.JUMP_NO_INTERRUPT or Op.POP_JUMP_IF_FALSE
        or Op.POP_JUMP_IF_TRUE or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_NOT_NONE || IsRelativeJump(op);

    public static bool IsBlockPush(int op) => op is Op.SETUP_FINALLY or Op.SETUP_CLEANUP or Op.SETUP_WITH;

    private static string?[] BuildNames()
    {
        var n = new string?[256];
        n[Op.CACHE] = "CACHE";
        n[Op.POP_TOP] = "POP_TOP";
        n[Op.PUSH_NULL] = "PUSH_NULL";
        n[Op.NOP] = "NOP";
        n[Op.UNARY_POSITIVE] = "UNARY_POSITIVE";
        n[Op.UNARY_NEGATIVE] = "UNARY_NEGATIVE";
        n[Op.UNARY_NOT] = "UNARY_NOT";
        n[Op.UNARY_INVERT] = "UNARY_INVERT";
        n[Op.BINARY_SUBSCR] = "BINARY_SUBSCR";
        n[Op.GET_LEN] = "GET_LEN";
        n[Op.MATCH_MAPPING] = "MATCH_MAPPING";
        n[Op.MATCH_SEQUENCE] = "MATCH_SEQUENCE";
        n[Op.MATCH_KEYS] = "MATCH_KEYS";
        n[Op.PUSH_EXC_INFO] = "PUSH_EXC_INFO";
        n[Op.CHECK_EXC_MATCH] = "CHECK_EXC_MATCH";
        n[Op.CHECK_EG_MATCH] = "CHECK_EG_MATCH";
        n[Op.WITH_EXCEPT_START] = "WITH_EXCEPT_START";
        n[Op.GET_AITER] = "GET_AITER";
        n[Op.GET_ANEXT] = "GET_ANEXT";
        n[Op.BEFORE_ASYNC_WITH] = "BEFORE_ASYNC_WITH";
        n[Op.BEFORE_WITH] = "BEFORE_WITH";
        n[Op.END_ASYNC_FOR] = "END_ASYNC_FOR";
        n[Op.STORE_SUBSCR] = "STORE_SUBSCR";
        n[Op.DELETE_SUBSCR] = "DELETE_SUBSCR";
        n[Op.GET_ITER] = "GET_ITER";
        n[Op.GET_YIELD_FROM_ITER] = "GET_YIELD_FROM_ITER";
        n[Op.PRINT_EXPR] = "PRINT_EXPR";
        n[Op.LOAD_BUILD_CLASS] = "LOAD_BUILD_CLASS";
        n[Op.LOAD_ASSERTION_ERROR] = "LOAD_ASSERTION_ERROR";
        n[Op.RETURN_GENERATOR] = "RETURN_GENERATOR";
        n[Op.LIST_TO_TUPLE] = "LIST_TO_TUPLE";
        n[Op.RETURN_VALUE] = "RETURN_VALUE";
        n[Op.IMPORT_STAR] = "IMPORT_STAR";
        n[Op.SETUP_ANNOTATIONS] = "SETUP_ANNOTATIONS";
        n[Op.YIELD_VALUE] = "YIELD_VALUE";
        n[Op.ASYNC_GEN_WRAP] = "ASYNC_GEN_WRAP";
        n[Op.PREP_RERAISE_STAR] = "PREP_RERAISE_STAR";
        n[Op.POP_EXCEPT] = "POP_EXCEPT";
        n[Op.STORE_NAME] = "STORE_NAME";
        n[Op.DELETE_NAME] = "DELETE_NAME";
        n[Op.UNPACK_SEQUENCE] = "UNPACK_SEQUENCE";
        n[Op.FOR_ITER] = "FOR_ITER";
        n[Op.UNPACK_EX] = "UNPACK_EX";
        n[Op.STORE_ATTR] = "STORE_ATTR";
        n[Op.DELETE_ATTR] = "DELETE_ATTR";
        n[Op.STORE_GLOBAL] = "STORE_GLOBAL";
        n[Op.DELETE_GLOBAL] = "DELETE_GLOBAL";
        n[Op.SWAP] = "SWAP";
        n[Op.LOAD_CONST] = "LOAD_CONST";
        n[Op.LOAD_NAME] = "LOAD_NAME";
        n[Op.BUILD_TUPLE] = "BUILD_TUPLE";
        n[Op.BUILD_LIST] = "BUILD_LIST";
        n[Op.BUILD_SET] = "BUILD_SET";
        n[Op.BUILD_MAP] = "BUILD_MAP";
        n[Op.LOAD_ATTR] = "LOAD_ATTR";
        n[Op.COMPARE_OP] = "COMPARE_OP";
        n[Op.IMPORT_NAME] = "IMPORT_NAME";
        n[Op.IMPORT_FROM] = "IMPORT_FROM";
        n[Op.JUMP_FORWARD] = "JUMP_FORWARD";
        n[Op.JUMP_IF_FALSE_OR_POP] = "JUMP_IF_FALSE_OR_POP";
        n[Op.JUMP_IF_TRUE_OR_POP] = "JUMP_IF_TRUE_OR_POP";
        n[Op.POP_JUMP_FORWARD_IF_FALSE] = "POP_JUMP_FORWARD_IF_FALSE";
        n[Op.POP_JUMP_FORWARD_IF_TRUE] = "POP_JUMP_FORWARD_IF_TRUE";
        n[Op.LOAD_GLOBAL] = "LOAD_GLOBAL";
        n[Op.IS_OP] = "IS_OP";
        n[Op.CONTAINS_OP] = "CONTAINS_OP";
        n[Op.RERAISE] = "RERAISE";
        n[Op.COPY] = "COPY";
        n[Op.BINARY_OP] = "BINARY_OP";
        n[Op.SEND] = "SEND";
        n[Op.LOAD_FAST] = "LOAD_FAST";
        n[Op.STORE_FAST] = "STORE_FAST";
        n[Op.DELETE_FAST] = "DELETE_FAST";
        n[Op.POP_JUMP_FORWARD_IF_NOT_NONE] = "POP_JUMP_FORWARD_IF_NOT_NONE";
        n[Op.POP_JUMP_FORWARD_IF_NONE] = "POP_JUMP_FORWARD_IF_NONE";
        n[Op.RAISE_VARARGS] = "RAISE_VARARGS";
        n[Op.GET_AWAITABLE] = "GET_AWAITABLE";
        n[Op.MAKE_FUNCTION] = "MAKE_FUNCTION";
        n[Op.BUILD_SLICE] = "BUILD_SLICE";
        n[Op.JUMP_BACKWARD_NO_INTERRUPT] = "JUMP_BACKWARD_NO_INTERRUPT";
        n[Op.MAKE_CELL] = "MAKE_CELL";
        n[Op.LOAD_CLOSURE] = "LOAD_CLOSURE";
        n[Op.LOAD_DEREF] = "LOAD_DEREF";
        n[Op.STORE_DEREF] = "STORE_DEREF";
        n[Op.DELETE_DEREF] = "DELETE_DEREF";
        n[Op.JUMP_BACKWARD] = "JUMP_BACKWARD";
        n[Op.CALL_FUNCTION_EX] = "CALL_FUNCTION_EX";
        n[Op.EXTENDED_ARG] = "EXTENDED_ARG";
        n[Op.LIST_APPEND] = "LIST_APPEND";
        n[Op.SET_ADD] = "SET_ADD";
        n[Op.MAP_ADD] = "MAP_ADD";
        n[Op.LOAD_CLASSDEREF] = "LOAD_CLASSDEREF";
        n[Op.COPY_FREE_VARS] = "COPY_FREE_VARS";
        n[Op.RESUME] = "RESUME";
        n[Op.MATCH_CLASS] = "MATCH_CLASS";
        n[Op.FORMAT_VALUE] = "FORMAT_VALUE";
        n[Op.BUILD_CONST_KEY_MAP] = "BUILD_CONST_KEY_MAP";
        n[Op.BUILD_STRING] = "BUILD_STRING";
        n[Op.LOAD_METHOD] = "LOAD_METHOD";
        n[Op.LIST_EXTEND] = "LIST_EXTEND";
        n[Op.SET_UPDATE] = "SET_UPDATE";
        n[Op.DICT_MERGE] = "DICT_MERGE";
        n[Op.DICT_UPDATE] = "DICT_UPDATE";
        n[Op.PRECALL] = "PRECALL";
        n[Op.CALL] = "CALL";
        n[Op.KW_NAMES] = "KW_NAMES";
        n[Op.POP_JUMP_BACKWARD_IF_NOT_NONE] = "POP_JUMP_BACKWARD_IF_NOT_NONE";
        n[Op.POP_JUMP_BACKWARD_IF_NONE] = "POP_JUMP_BACKWARD_IF_NONE";
        n[Op.POP_JUMP_BACKWARD_IF_FALSE] = "POP_JUMP_BACKWARD_IF_FALSE";
        n[Op.POP_JUMP_BACKWARD_IF_TRUE] = "POP_JUMP_BACKWARD_IF_TRUE";
        return n;
    }

    private static byte[] BuildCaches()
    {
        var c = new byte[256];
        c[Op.BINARY_SUBSCR] = 4;
        c[Op.STORE_SUBSCR] = 1;
        c[Op.UNPACK_SEQUENCE] = 1;
        c[Op.STORE_ATTR] = 4;
        c[Op.LOAD_ATTR] = 4;
        c[Op.COMPARE_OP] = 2;
        c[Op.LOAD_GLOBAL] = 5;
        c[Op.BINARY_OP] = 1;
        c[Op.LOAD_METHOD] = 10;
        c[Op.PRECALL] = 1;
        c[Op.CALL] = 4;
        return c;
    }
}
