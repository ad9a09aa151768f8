using System.Reflection.Emit;
using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// The IL of each instruction. `d` is the value stack's depth before the instruction; stack entry j is IL local
// _stk[j]. Instructions that can raise first store their index in f.Lasti (the traceback's and the exception
// table's instruction); a raise stores the exception in _exc and leaves the try block for the dispatch after it.
internal sealed partial class JitCompiler
{
    /// <summary>The kw-names constant of the KW_NAMES just before the next CALL, or -1.</summary>
    private int _kwNames = -1;
    /// <summary>Set when the instruction just emitted also covered the next one (PRECALL + CALL).</summary>
    private bool _skipNext;

    private void EmitInstruction(ref Instr ins)
    {
        if (_skipNext)
        {
            _skipNext = false;
            return;
        }
        var il = _il;
        int d = ins.Depth, arg = ins.Arg, idx = ins.Index;
        switch (ins.Op)
        {
            case Op.NOP:
            case Op.CACHE:
                break;
            case Op.RESUME:
            {
                var cold = il.DefineLabel();
                var back = il.DefineLabel();
                il.Emit(OpCodes.Ldsfld, typeof(EvalBreaker).GetField(nameof(EvalBreaker.Flags))!);
                il.Emit(OpCodes.Brtrue, cold);
                il.MarkLabel(back);
                _cold.Add(() =>
                {
                    il.MarkLabel(cold);
                    Lasti(idx);
                    il.Emit(OpCodes.Ldarg_1);
                    il.Emit(OpCodes.Call, M(nameof(Interpreter.HandleEvalBreaker)));
                    il.Emit(OpCodes.Stloc, _exc);
                    il.Emit(OpCodes.Ldloc, _exc);
                    il.Emit(OpCodes.Brfalse, back);
                    il.Emit(OpCodes.Leave, _raise);
                });
                break;
            }

            // --- locals, constants, names ---
            case Op.LOAD_FAST:
            {
                LdSlot(arg);
                St(d);
                Ld(d);
                il.Emit(OpCodes.Brfalse, ColdUnbound(idx, arg, "UnboundLocal"));
                break;
            }
            case Op.STORE_FAST:
                StSlot(arg, () => Ld(d - 1));
                break;
            case Op.DELETE_FAST:
                LdSlot(arg);
                il.Emit(OpCodes.Brfalse, ColdUnbound(idx, arg, "UnboundLocal"));
                StSlotNull(arg);
                break;
            case Op.LOAD_CONST:
                if (EmitStringPart(_instrAt[ins.Start], ins)) break;
                LdConst(arg);
                St(d);
                break;
            case Op.POP_TOP:
                il.Emit(OpCodes.Ldnull);
                St(d - 1);
                break;
            case Op.PUSH_NULL:
                il.Emit(OpCodes.Ldnull);
                St(d);
                break;
            case Op.COPY:
                Ld(d - arg);
                St(d);
                break;
            case Op.SWAP:
                Ld(d - 1);
                il.Emit(OpCodes.Stloc, _tmp);
                Ld(d - arg);
                St(d - 1);
                il.Emit(OpCodes.Ldloc, _tmp);
                St(d - arg);
                break;
            case Op.LOAD_GLOBAL:
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldloc, _gcaches);
                il.Emit(OpCodes.Ldc_I4, (int)_co.Instructions[idx + 1]);
                il.Emit(OpCodes.Ldelema, typeof(GlobalCache));
                LdName(arg >> 1);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.JitLoadGlobal)));
                if ((arg & 1) != 0)
                {
                    St(d + 1);
                    il.Emit(OpCodes.Ldnull);
                    St(d);
                }
                else St(d);
                break;
            case Op.STORE_GLOBAL:
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldfld, F<PyFrame>(nameof(PyFrame.Globals)));
                LdName(arg);
                Ld(d - 1);
                il.Emit(OpCodes.Callvirt, M(typeof(PyDict), nameof(PyDict.SetItem), typeof(PyObject), typeof(PyObject)));
                break;
            case Op.DELETE_GLOBAL:
                CallFrameName(idx, arg, nameof(Interpreter.JitDeleteGlobal));
                break;
            case Op.LOAD_NAME:
                CallFrameName(idx, arg, nameof(Interpreter.JitLoadName));
                St(d);
                break;
            case Op.STORE_NAME:
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_2);
                LdName(arg);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M("StoreName"));
                break;
            case Op.DELETE_NAME:
                CallFrameName(idx, arg, nameof(Interpreter.JitDeleteName));
                break;
            case Op.MAKE_CELL:
                StSlot(arg, () =>
                {
                    LdSlot(arg);
                    il.Emit(OpCodes.Newobj, typeof(PyCell).GetConstructors()[0]);
                });
                break;
            case Op.COPY_FREE_VARS:
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldc_I4, arg);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.CopyFreeVars)));
                break;
            case Op.LOAD_CLOSURE:
                LdSlot(arg);
                St(d);
                break;
            case Op.LOAD_DEREF:
            {
                LdSlot(arg);
                il.Emit(OpCodes.Castclass, typeof(PyCell));
                il.Emit(OpCodes.Ldfld, F<PyCell>(nameof(PyCell.Contents)));
                St(d);
                Ld(d);
                il.Emit(OpCodes.Brfalse, ColdUnbound(idx, arg, "UnboundDeref"));
                break;
            }
            case Op.STORE_DEREF:
                LdSlot(arg);
                il.Emit(OpCodes.Castclass, typeof(PyCell));
                Ld(d - 1);
                il.Emit(OpCodes.Stfld, F<PyCell>(nameof(PyCell.Contents)));
                break;

            // --- attributes and items ---
            case Op.LOAD_ATTR:
                Lasti(idx);
                Ld(d - 1);
                LdAttrCache(idx);
                LdName(arg);
                il.Emit(OpCodes.Call, M("LoadAttrCached"));
                St(d - 1);
                RaiseIfNull(d - 1);
                break;
            case Op.STORE_ATTR:
                Lasti(idx);
                Ld(d - 1);
                LdAttrCache(idx);
                LdName(arg);
                Ld(d - 2);
                il.Emit(OpCodes.Call, M("StoreAttrCached"));
                break;
            case Op.DELETE_ATTR:
                Lasti(idx);
                Ld(d - 1);
                LdName(arg);
                il.Emit(OpCodes.Call, M(typeof(Ops), nameof(Ops.DelAttr), typeof(PyObject), typeof(PyStr)));
                break;
            case Op.LOAD_METHOD:
            {
                Lasti(idx);
                Ld(d - 1);
                LdAttrCache(idx);
                LdName(arg);
                il.Emit(OpCodes.Ldloca, _tmp2);
                il.Emit(OpCodes.Call, M("LoadMethodCached"));
                il.Emit(OpCodes.Stloc, _tmp);
                RaiseIfNull(_tmp);
                var hasSelf = il.DefineLabel();
                var done = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, _tmp2);
                il.Emit(OpCodes.Brtrue, hasSelf);
                il.Emit(OpCodes.Ldnull);
                St(d - 1);
                il.Emit(OpCodes.Ldloc, _tmp);
                St(d);
                il.Emit(OpCodes.Br, done);
                il.MarkLabel(hasSelf);
                il.Emit(OpCodes.Ldloc, _tmp);
                St(d - 1);
                il.Emit(OpCodes.Ldloc, _tmp2);
                St(d);
                il.MarkLabel(done);
                break;
            }
            case Op.BINARY_SUBSCR:
            {
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_1);
                Ld(d - 2);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.GetItemOrPending)));
                St(d - 2);
                RaiseIfNull(d - 2);
                break;
            }
            case Op.STORE_SUBSCR:
                Lasti(idx);
                Ld(d - 2);
                Ld(d - 1);
                Ld(d - 3);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.StoreSubscr)));
                break;
            case Op.DELETE_SUBSCR:
                Lasti(idx);
                Ld(d - 2);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.DeleteSubscrOrPending)));
                RaiseIfFalse();
                break;

            // --- operators ---
            case Op.BINARY_OP:
                Lasti(idx);
                Ld(d - 2);
                Ld(d - 1);
                il.Emit(OpCodes.Ldc_I4, arg);
                il.Emit(OpCodes.Call, M("BinaryOp"));
                St(d - 2);
                RaiseIfNull(d - 2);
                break;
            case Op.COMPARE_OP:
                Lasti(idx);
                Ld(d - 2);
                Ld(d - 1);
                il.Emit(OpCodes.Ldc_I4, arg);
                il.Emit(OpCodes.Call, M("CompareFast"));
                St(d - 2);
                break;
            case Op.IS_OP:
                Ld(d - 2);
                Ld(d - 1);
                il.Emit(OpCodes.Ceq);
                if (arg == 1) Not();
                Bool();
                St(d - 2);
                break;
            case Op.CONTAINS_OP:
                Lasti(idx);
                Ld(d - 1);
                Ld(d - 2);
                il.Emit(OpCodes.Call, M(typeof(Ops), nameof(Ops.Contains), typeof(PyObject), typeof(PyObject)));
                if (arg == 1) Not();
                Bool();
                St(d - 2);
                break;
            case Op.UNARY_NOT:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(typeof(Ops), nameof(Ops.IsTrue), typeof(PyObject)));
                Not();
                Bool();
                St(d - 1);
                break;
            case Op.UNARY_NEGATIVE:
                Unary(idx, d, nameof(Ops.Negative));
                break;
            case Op.UNARY_POSITIVE:
                Unary(idx, d, nameof(Ops.Positive));
                break;
            case Op.UNARY_INVERT:
                Unary(idx, d, nameof(Ops.Invert));
                break;

            // --- jumps ---
            case Op.JUMP_FORWARD:
            case Op.JUMP_BACKWARD_NO_INTERRUPT:
                il.Emit(OpCodes.Br, LabelAt(Target(ins)));
                break;
            case Op.JUMP_BACKWARD:
                BackEdge(idx, Target(ins));
                break;
            case Op.POP_JUMP_FORWARD_IF_FALSE:
            case Op.POP_JUMP_FORWARD_IF_TRUE:
            case Op.POP_JUMP_BACKWARD_IF_FALSE:
            case Op.POP_JUMP_BACKWARD_IF_TRUE:
            {
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M("IsTrueFast"));
                bool onTrue = ins.Op is Op.POP_JUMP_FORWARD_IF_TRUE or Op.POP_JUMP_BACKWARD_IF_TRUE;
                CondJump(ins, onTrue ? OpCodes.Brtrue : OpCodes.Brfalse);
                break;
            }
            case Op.POP_JUMP_FORWARD_IF_NONE:
            case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
            case Op.POP_JUMP_BACKWARD_IF_NONE:
            case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
            {
                Ld(d - 1);
                il.Emit(OpCodes.Isinst, typeof(PyNone));
                bool onNone = ins.Op is Op.POP_JUMP_FORWARD_IF_NONE or Op.POP_JUMP_BACKWARD_IF_NONE;
                CondJump(ins, onNone ? OpCodes.Brtrue : OpCodes.Brfalse);
                break;
            }
            case Op.JUMP_IF_FALSE_OR_POP:
            case Op.JUMP_IF_TRUE_OR_POP:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M("IsTrueFast"));
                il.Emit(ins.Op == Op.JUMP_IF_TRUE_OR_POP ? OpCodes.Brtrue : OpCodes.Brfalse, LabelAt(Target(ins)));
                break;

            // --- iteration ---
            case Op.GET_ITER:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(typeof(Ops), nameof(Ops.GetIter), typeof(PyObject)));
                St(d - 1);
                break;
            case Op.FOR_ITER:
                EmitForIter(ins);
                break;

            // --- building ---
            case Op.BUILD_TUPLE:
                Build(idx, d, arg, arg, nameof(Interpreter.JitBuildTuple));
                break;
            case Op.BUILD_LIST when arg == 0 && idx == _co.PresizedListAt:
                LdSlot(0);
                il.Emit(OpCodes.Call, M(typeof(PyList), nameof(PyList.ForComprehension), typeof(PyObject)));
                St(d);
                break;
            case Op.BUILD_MAP when arg == 0 && idx == _co.PresizedDictAt:
                LdSlot(0);
                il.Emit(OpCodes.Call, M(typeof(PyDict), nameof(PyDict.ForComprehension), typeof(PyObject)));
                St(d);
                break;
            case Op.BUILD_LIST:
                Build(idx, d, arg, arg, nameof(Interpreter.JitBuildList));
                break;
            case Op.BUILD_SET:
                Build(idx, d, arg, arg, nameof(Interpreter.JitBuildSet));
                break;
            case Op.BUILD_MAP:
                if (EmitKwargsPart(_instrAt[ins.Start], ins)) break;
                Build(idx, d, 2 * arg, arg, nameof(Interpreter.JitBuildMap));
                break;
            case Op.BUILD_STRING:
                if (EmitStringPart(_instrAt[ins.Start], ins)) break;
                Build(idx, d, arg, arg, nameof(Interpreter.JitBuildString));
                break;
            case Op.BUILD_CONST_KEY_MAP:
                Lasti(idx);
                Spill(d - 1 - arg, arg);
                il.Emit(OpCodes.Ldloc, _slots);
                il.Emit(OpCodes.Ldc_I4, _nlp + d - 1 - arg);
                il.Emit(OpCodes.Ldc_I4, arg);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.JitBuildConstKeyMap)));
                St(d - 1 - arg);
                break;
            case Op.BUILD_SLICE:
                EmitSliceSubscrFast(ins);
                Ld(d - arg);
                Ld(d - arg + 1);
                if (arg == 3) Ld(d - 1);
                else il.Emit(OpCodes.Call, Getter<PyNone>(nameof(PyNone.Instance)));
                il.Emit(OpCodes.Newobj, typeof(PySlice).GetConstructors()[0]);
                St(d - arg);
                break;
            case Op.LIST_APPEND:
                Ld(d - 1 - arg);
                il.Emit(OpCodes.Castclass, typeof(PyList));
                Ld(d - 1);
                il.Emit(OpCodes.Callvirt, M(typeof(PyList), nameof(PyList.Append), typeof(PyObject)));
                break;
            case Op.SET_ADD:
                Lasti(idx);
                Ld(d - 1 - arg);
                il.Emit(OpCodes.Castclass, typeof(PySet));
                Ld(d - 1);
                il.Emit(OpCodes.Callvirt, M(typeof(PySet), nameof(PySet.Add), typeof(PyObject)));
                break;
            case Op.MAP_ADD:
                Lasti(idx);
                Ld(d - 2 - arg);
                il.Emit(OpCodes.Castclass, typeof(PyDict));
                Ld(d - 2);
                Ld(d - 1);
                il.Emit(OpCodes.Callvirt, M(typeof(PyDict), nameof(PyDict.SetItem), typeof(PyObject), typeof(PyObject)));
                break;
            case Op.LIST_EXTEND:
                Update(idx, d, arg, typeof(PyList), "ListExtend");
                break;
            case Op.SET_UPDATE:
                Update(idx, d, arg, typeof(PySet), "SetUpdate");
                break;
            case Op.DICT_UPDATE:
                Update(idx, d, arg, typeof(PyDict), "DictUpdate");
                break;
            case Op.DICT_MERGE:
                if (EmitKwargsPart(_instrAt[ins.Start], ins)) break;
                Lasti(idx);
                Ld(d - 1 - arg);
                il.Emit(OpCodes.Castclass, typeof(PyDict));
                Ld(d - 1);
                Ld(d - 3 - arg);
                il.Emit(OpCodes.Call, M("DictMerge"));
                break;
            case Op.LIST_TO_TUPLE:
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.ListToTuple)));
                St(d - 1);
                break;
            case Op.UNPACK_SEQUENCE:
            case Op.UNPACK_EX:
                EmitUnpack(ins);
                break;
            case Op.FORMAT_VALUE:
            {
                if (EmitStringPart(_instrAt[ins.Start], ins)) break;
                Lasti(idx);
                bool spec = (arg & 4) != 0;
                int v = spec ? d - 2 : d - 1;
                Ld(v);
                if (spec) Ld(d - 1);
                else il.Emit(OpCodes.Ldnull);
                il.Emit(OpCodes.Ldc_I4, arg);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.FormatValue)));
                St(v);
                break;
            }

            // --- calls and functions ---
            case Op.KW_NAMES:
                _kwNames = arg;
                break;
            case Op.PRECALL:
                EmitCall(ref ins);
                _skipNext = true;
                break;
            case Op.CALL_FUNCTION_EX:
            {
                int k = arg & 1;
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_1);
                Ld(d - 2 - k);
                Ld(d - 1 - k);
                if (k != 0) Ld(d - 1);
                else il.Emit(OpCodes.Ldnull);
                il.Emit(OpCodes.Call, M("CallFunctionExOrPending"));
                St(d - 3 - k);
                RaiseIfNull(d - 3 - k);
                AfterCall(idx, ins.Next, d - 2 - k);
                break;
            }
            case Op.MAKE_FUNCTION:
            {
                Lasti(idx);
                int p = d - 2;
                int closure = (arg & 8) != 0 ? p-- : -1;
                int annotations = (arg & 4) != 0 ? p-- : -1;
                int kwDefaults = (arg & 2) != 0 ? p-- : -1;
                int defaults = (arg & 1) != 0 ? p-- : -1;
                il.Emit(OpCodes.Ldarg_2);
                Ld(d - 1);
                il.Emit(OpCodes.Ldc_I4, arg);
                foreach (int j in (ReadOnlySpan<int>)[closure, annotations, kwDefaults, defaults])
                {
                    if (j >= 0) Ld(j);
                    else il.Emit(OpCodes.Ldnull);
                }
                il.Emit(OpCodes.Call, M(nameof(Interpreter.MakeFunction)));
                St(p + 1);
                break;
            }
            case Op.RETURN_VALUE:
                Ld(d - 1);
                il.Emit(OpCodes.Stloc, _result);
                il.Emit(OpCodes.Leave, _ret);
                break;
            case Op.LOAD_BUILD_CLASS:
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.LoadBuildClass)));
                St(d);
                break;
            case Op.LOAD_ASSERTION_ERROR:
                il.Emit(OpCodes.Ldsfld, typeof(PyExc).GetField(nameof(PyExc.AssertionError))!);
                St(d);
                break;
            case Op.SETUP_ANNOTATIONS:
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Call, M("SetupAnnotations"));
                break;
            case Op.PRINT_EXPR:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M("DisplayHook"));
                break;

            // --- imports ---
            case Op.IMPORT_NAME:
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_2);
                LdName(arg);
                Ld(d - 1);
                Ld(d - 2);
                il.Emit(OpCodes.Call, M(typeof(Importer), nameof(Importer.ImportName)));
                St(d - 2);
                break;
            case Op.IMPORT_FROM:
                Lasti(idx);
                Ld(d - 1);
                LdName(arg);
                il.Emit(OpCodes.Call, M(typeof(Importer), nameof(Importer.ImportFrom)));
                St(d);
                break;
            case Op.IMPORT_STAR:
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_2);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(typeof(Importer), nameof(Importer.ImportStar)));
                break;

            // --- exceptions ---
            case Op.RAISE_VARARGS:
                Lasti(idx);
                if (arg == 0)
                {
                    il.Emit(OpCodes.Ldarg_1);
                    il.Emit(OpCodes.Ldloca, _reraise);
                    il.Emit(OpCodes.Call, M(nameof(Interpreter.JitReraiseActive)));
                    Raise();
                    break;
                }
                Ld(d - arg);
                if (arg == 2) Ld(d - 1);
                else il.Emit(OpCodes.Ldnull);
                il.Emit(OpCodes.Call, M("MakeRaise"));
                Raise();
                break;
            case Op.RERAISE:
                if (arg != 0)
                {
                    il.Emit(OpCodes.Ldarg_2);
                    Ld(d - 1 - arg);
                    il.Emit(OpCodes.Call, M(nameof(Interpreter.LastiOf)));
                    il.Emit(OpCodes.Stfld, F<PyFrame>(nameof(PyFrame.Lasti)));
                }
                else Lasti(idx);
                il.Emit(OpCodes.Ldc_I4, idx);
                il.Emit(OpCodes.Stloc, _rindex);
                il.Emit(OpCodes.Ldc_I4_1);
                il.Emit(OpCodes.Stloc, _reraise);
                Ld(d - 1);
                il.Emit(OpCodes.Castclass, typeof(PyBaseException));
                Raise();
                break;
            case Op.PUSH_EXC_INFO:
                Ld(d - 1);
                il.Emit(OpCodes.Stloc, _tmp);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldloc, _tmp);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.PushExcInfo)));
                St(d - 1);
                il.Emit(OpCodes.Ldloc, _tmp);
                St(d);
                break;
            case Op.POP_EXCEPT:
                il.Emit(OpCodes.Ldarg_1);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.PopExcept)));
                break;
            case Op.CHECK_EXC_MATCH:
                Lasti(idx);
                Ld(d - 2);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.CheckExcMatch)));
                St(d - 1);
                break;
            case Op.WITH_EXCEPT_START:
                Lasti(idx);
                Ld(d - 4);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.WithExceptStart)));
                St(d);
                break;
            case Op.BEFORE_WITH:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Ldloca, _tmp2);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.BeforeWith)));
                St(d);
                il.Emit(OpCodes.Ldloc, _tmp2);
                St(d - 1);
                break;

            // --- pattern matching ---
            case Op.GET_LEN:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(typeof(Ops), nameof(Ops.Len), typeof(PyObject)));
                il.Emit(OpCodes.Call, typeof(PyInt).GetMethod(nameof(PyInt.FromLong), [typeof(long)])!);
                St(d);
                break;
            case Op.MATCH_MAPPING:
            case Op.MATCH_SEQUENCE:
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(typeof(Matching), ins.Op == Op.MATCH_MAPPING ? nameof(Matching.IsMapping) : nameof(Matching.IsSequence)));
                Bool();
                St(d);
                break;
            case Op.MATCH_KEYS:
                Lasti(idx);
                Ld(d - 2);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(typeof(Matching), nameof(Matching.MatchKeys)));
                St(d);
                break;
            case Op.MATCH_CLASS:
                Lasti(idx);
                Ld(d - 3);
                Ld(d - 2);
                il.Emit(OpCodes.Ldc_I4, arg);
                Ld(d - 1);
                il.Emit(OpCodes.Castclass, typeof(PyTuple));
                il.Emit(OpCodes.Call, M(typeof(Matching), nameof(Matching.MatchClass)));
                St(d - 3);
                break;

            // --- generators and coroutines ---
            case Op.RETURN_GENERATOR:
                // Runs in the eval loop when the function is called; compiled code starts after it.
                il.Emit(OpCodes.Ldstr, "RETURN_GENERATOR in compiled code");
                il.Emit(OpCodes.Newobj, typeof(InvalidOperationException).GetConstructor([typeof(string)])!);
                il.Emit(OpCodes.Throw);
                break;
            case Op.YIELD_VALUE:
                Lasti(idx);
                if (_co.FindHandlerIndex(idx) >= 0)
                {
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Call, M(nameof(Interpreter.YieldInTry)));
                }
                // Suspend: the rest of the stack goes to the slots, where the resumption (an entry) finds it with
                // the sent value on top.
                Spill(0, d - 1);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldc_I4, _nlp + d - 1);
                il.Emit(OpCodes.Stfld, F<PyFrame>(nameof(PyFrame.Sp)));
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldc_I4_1);
                il.Emit(OpCodes.Stfld, F<PyFrame>(nameof(PyFrame.Suspending)));
                Ld(d - 1);
                il.Emit(OpCodes.Stloc, _result);
                il.Emit(OpCodes.Leave, _ret);
                break;
            case Op.GET_YIELD_FROM_ITER:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Ldc_I4, _co.Flags);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.GetYieldFromIter)));
                St(d - 1);
                break;
            case Op.SEND:
            {
                Lasti(idx);
                il.Emit(OpCodes.Ldarg_1);
                Ld(d - 2);
                Ld(d - 1);
                il.Emit(OpCodes.Ldloca, _deopt);
                il.Emit(OpCodes.Call, M(nameof(Interpreter.JitSend)));
                il.Emit(OpCodes.Stloc, _tmp);
                var yielded = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, _deopt);
                il.Emit(OpCodes.Brfalse, yielded);
                il.Emit(OpCodes.Ldloc, _tmp);
                St(d - 2);
                il.Emit(OpCodes.Br, LabelAt(Target(ins)));
                il.MarkLabel(yielded);
                il.Emit(OpCodes.Ldloc, _tmp);
                St(d - 1);
                break;
            }
            case Op.ASYNC_GEN_WRAP:
                Ld(d - 1);
                il.Emit(OpCodes.Newobj, typeof(PyAsyncGenWrappedValue).GetConstructors()[0]);
                St(d - 1);
                break;
            case Op.GET_AWAITABLE:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Ldc_I4, arg);
                il.Emit(OpCodes.Call, M(typeof(Generators), nameof(Generators.GetAwaitable)));
                St(d - 1);
                break;
            case Op.GET_AITER:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(typeof(Generators), nameof(Generators.GetAIter)));
                St(d - 1);
                break;
            case Op.GET_ANEXT:
                Lasti(idx);
                Ld(d - 1);
                il.Emit(OpCodes.Call, M(typeof(Generators), nameof(Generators.GetANext)));
                St(d);
                break;

            default:
                // except*, async with/for and the rest stay in the eval loop.
                throw new NotSupportedException(OpcodeInfo.Name(ins.Op));
        }
    }

    /// <summary>PRECALL + CALL: the call's stack entries go to the frame's slots, where the callee's arguments
    /// are bound from (as in the eval loop), and the result comes back on the stack.</summary>
    private void EmitCall(ref Instr precall)
    {
        var il = _il;
        int d = precall.Depth, n = precall.Arg;
        int callIndex = _instrs[_instrAt[precall.Next]].Index;
        int next = _instrs[_instrAt[precall.Next]].Next;
        int at = d - n - 2;
        Lasti(callIndex);
        var slow = il.DefineLabel();
        var done = il.DefineLabel();
        if (_kwNames < 0)
        {
            // A builtin method descriptor (method form) or builtin function, and a plain function whose code is
            // compiled, are called directly with the arguments from the IL locals (no spill to the slots, no
            // binding); anything else goes through JitCall.
            var methodForm = il.DefineLabel();
            Ld(at);
            il.Emit(OpCodes.Brtrue, methodForm);
            EmitRangeIter(at, n, next);
            if (n <= MaxBuiltinArgs) EmitCallBuiltin(at + 1, at + 2, n, typeof(PyBuiltinFunction), done);
            if (n + 1 <= MaxPlainArgs) EmitCallPlain(at + 1, at + 2, n, slow, done);
            else il.Emit(OpCodes.Br, slow);
            il.MarkLabel(methodForm);
            if (n + 1 <= MaxBuiltinArgs) EmitCallBuiltin(at, at + 1, n + 1, typeof(PyMethodDescriptor), done);
            if (n + 1 <= MaxPlainArgs) EmitCallPlain(at, at + 1, n + 1, slow, done);
        }
        il.MarkLabel(slow);
        Spill(at, n + 2);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldc_I4, _nlp + at);
        il.Emit(OpCodes.Ldc_I4, n);
        if (_kwNames >= 0)
        {
            LdConst(_kwNames);
            il.Emit(OpCodes.Castclass, typeof(PyTuple));
        }
        else il.Emit(OpCodes.Ldnull);
        _kwNames = -1;
        il.Emit(OpCodes.Call, M(nameof(Interpreter.JitCall)));
        il.MarkLabel(done);
        St(at);
        RaiseIfNull(at);
        AfterCall(callIndex, next, at + 1);
    }

    /// <summary>Stack entry <paramref name="j"/> holds a helper's result, null when it failed with the exception
    /// in ThreadState.JitPending: then raise that (cold).</summary>
    private void RaiseIfNull(int j) => RaiseIfNull(_stk[j]);

    private void RaiseIfNull(LocalBuilder local)
    {
        _il.Emit(OpCodes.Ldloc, local);
        RaiseIfFalse();
    }

    /// <summary>The bool (or reference: null is false) on the IL stack is a helper's result, false when it failed
    /// with the exception in ThreadState.JitPending: then raise that (cold).</summary>
    private void RaiseIfFalse()
    {
        var il = _il;
        var failed = il.DefineLabel();
        il.Emit(OpCodes.Brfalse, failed);
        _cold.Add(() =>
        {
            il.MarkLabel(failed);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Call, M(nameof(Interpreter.TakeJitPending)));
            Raise();
        });
    }

    /// <summary>The most arguments a direct call passes (Interpreter.CallPlain0 … CallPlain4).</summary>
    private const int MaxPlainArgs = 4;

    /// <summary>A direct call of the function in stack entry <paramref name="callee"/> with the <paramref name="k"/>
    /// arguments from entry <paramref name="first"/> on, when it is a plain function (PyCode.PlainArgCount is k)
    /// whose code is compiled and nothing traces: the result (or null) is left on the IL stack at
    /// <paramref name="done"/>; else to <paramref name="slow"/>.</summary>
    private void EmitCallPlain(int callee, int first, int k, Label slow, Label done)
    {
        var il = _il;
        Ld(callee);
        il.Emit(OpCodes.Isinst, typeof(PyFunction));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, _callFn);
        il.Emit(OpCodes.Brfalse, slow);
        il.Emit(OpCodes.Ldloc, _callFn);
        il.Emit(OpCodes.Ldfld, F<PyFunction>(nameof(PyFunction.Code)));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, _callCo);
        il.Emit(OpCodes.Ldfld, F<PyCode>(nameof(PyCode.PlainArgCount)));
        il.Emit(OpCodes.Ldc_I4, k);
        il.Emit(OpCodes.Bne_Un, slow);
        il.Emit(OpCodes.Ldloc, _callCo);
        il.Emit(OpCodes.Ldfld, F<PyCode>(nameof(PyCode.Jit)));
        il.Emit(OpCodes.Brfalse, slow);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldfld, F<ThreadState>(nameof(ThreadState.TraceMask)));
        il.Emit(OpCodes.Brtrue, slow);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldloc, _callFn);
        il.Emit(OpCodes.Ldloc, _callCo);
        for (int j = 0; j < k; j++) Ld(first + j);
        il.Emit(OpCodes.Call, M("CallPlain" + k));
        ClearEntries(callee, first + k);
        il.Emit(OpCodes.Br, done);
    }

    /// <summary>The most arguments (self included) a direct builtin call passes (Interpreter.CallBuiltin0 … 4).</summary>
    private const int MaxBuiltinArgs = 4;

    /// <summary>A direct call of the callable in stack entry <paramref name="callee"/> with the <paramref name="k"/>
    /// arguments from entry <paramref name="first"/> on, when it is an instance of <paramref name="type"/> (a
    /// builtin method descriptor or function): the result (or null) is left on the IL stack at
    /// <paramref name="done"/>; else the code after this runs.</summary>
    private void EmitCallBuiltin(int callee, int first, int k, Type type, Label done)
    {
        var il = _il;
        var other = il.DefineLabel();
        Ld(callee);
        il.Emit(OpCodes.Isinst, type);
        il.Emit(OpCodes.Brfalse, other);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        Ld(callee);
        for (int j = 0; j < k; j++) Ld(first + j);
        il.Emit(OpCodes.Call, M("CallBuiltin" + k));
        ClearEntries(callee, first + k);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(other);
    }

    /// <summary>CALL (not in method form, no keywords) followed by GET_ITER: when the callee in stack entry
    /// <paramref name="at"/> + 1 is the builtin range type, Interpreter.RangeIter1..3 make the iterator from the
    /// <paramref name="n"/> arguments without a range object, and the code goes on after the GET_ITER; when they
    /// can't (null), or for any other callee, the code after this runs (the call, then GET_ITER's own code, which
    /// stays in place for a jump to it). Kept small, as it sits in every `for` over a call (a code object's IL has a
    /// limit, MaxIL): short branches; the arguments (exact ints: no finalizer, no weak reference) are not cleared;
    /// no eval-breaker check, as no Python code ran (the loop's back edge polls).</summary>
    private void EmitRangeIter(int at, int n, int next)
    {
        if (n is < 1 or > 3 || _instrs[InstrAt(next)] is not { Op: Op.GET_ITER } getIter) return;
        var il = _il;
        var other = il.DefineLabel();
        var none = il.DefineLabel();
        Ld(at + 1);
        il.Emit(OpCodes.Ldsfld, typeof(PyType).GetField(nameof(PyType.RangeType))!);
        il.Emit(OpCodes.Bne_Un_S, other);
        il.Emit(OpCodes.Ldarg_1);
        for (int j = 0; j < n; j++) Ld(at + 2 + j);
        il.Emit(OpCodes.Call, M("RangeIter" + n));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brfalse_S, none);
        St(at);
        il.Emit(OpCodes.Br, LabelAt(getIter.Next));
        il.MarkLabel(none);
        il.Emit(OpCodes.Pop);
        il.MarkLabel(other);
    }

    /// <summary>A direct call consumed stack entries [<paramref name="from"/>, <paramref name="to"/>): drop the locals'
    /// references, as JitCall clears the slots.</summary>
    private void ClearEntries(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            _il.Emit(OpCodes.Ldnull);
            St(j);
        }
    }

    /// <summary>After a call, as the eval loop: a signal that arrived during it is handled, and a trace function
    /// it set hands the frame back to the eval loop.</summary>
    private void AfterCall(int idx, int next, int depth)
    {
        var il = _il;
        var cold = il.DefineLabel();
        var back = il.DefineLabel();
        il.Emit(OpCodes.Ldsfld, typeof(EvalBreaker).GetField(nameof(EvalBreaker.Flags))!);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldfld, F<ThreadState>(nameof(ThreadState.TraceMask)));
        il.Emit(OpCodes.Or);
        il.Emit(OpCodes.Brtrue, cold);
        il.MarkLabel(back);
        _cold.Add(() =>
        {
            il.MarkLabel(cold);
            Lasti(idx);
            BreakerCheck(back, next, depth);
        });
    }

    /// <summary>A backward jump: the eval breaker and tracing are checked (cold), then the jump.</summary>
    private void BackEdge(int idx, int target)
    {
        var il = _il;
        var cold = il.DefineLabel();
        var dest = LabelAt(target);
        il.Emit(OpCodes.Ldsfld, typeof(EvalBreaker).GetField(nameof(EvalBreaker.Flags))!);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldfld, F<ThreadState>(nameof(ThreadState.TraceMask)));
        il.Emit(OpCodes.Or);
        il.Emit(OpCodes.Brtrue, cold);
        il.Emit(OpCodes.Br, dest);
        int depth = _instrs[InstrAt(target)].Depth;
        _cold.Add(() =>
        {
            il.MarkLabel(cold);
            Lasti(idx);
            BreakerCheck(dest, target, depth);
        });
    }

    /// <summary>Cold code: handle the eval breaker (raise what it raises), then go on at <paramref name="go"/> or, with
    /// tracing on, hand the frame to the eval loop at code unit <paramref name="resumeAt"/>.</summary>
    private void BreakerCheck(Label go, int resumeAt, int depth)
    {
        var il = _il;
        var noExc = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldloca, _deopt);
        il.Emit(OpCodes.Call, M(nameof(Interpreter.JitBackEdge)));
        il.Emit(OpCodes.Stloc, _exc);
        il.Emit(OpCodes.Ldloc, _exc);
        il.Emit(OpCodes.Brfalse, noExc);
        il.Emit(OpCodes.Leave, _raise);
        il.MarkLabel(noExc);
        il.Emit(OpCodes.Ldloc, _deopt);
        il.Emit(OpCodes.Brfalse, go);
        EmitDeopt(resumeAt, depth);
    }

    /// <summary>Hands the frame to the eval loop at code unit <paramref name="resumeAt"/> with <paramref name="depth"/>
    /// stack entries.</summary>
    private void EmitDeopt(int resumeAt, int depth)
    {
        var il = _il;
        MaterializeStringBuilds(resumeAt);
        Spill(0, depth);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldc_I4, _nlp + depth);
        il.Emit(OpCodes.Stfld, F<PyFrame>(nameof(PyFrame.Sp)));
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldc_I4, resumeAt);
        il.Emit(OpCodes.Stfld, F<PyFrame>(nameof(PyFrame.ResumeAt)));
        il.Emit(OpCodes.Ldsfld, typeof(Interpreter).GetField(nameof(Interpreter.JitDeopt), All)!);
        il.Emit(OpCodes.Stloc, _result);
        il.Emit(OpCodes.Leave, _ret);
    }

    /// <summary>A conditional jump on the bool on the IL stack (backward: through the back-edge checks).</summary>
    private void CondJump(in Instr ins, OpCode branch)
    {
        int target = Target(ins);
        if (!IsBackward(ins.Op))
        {
            _il.Emit(branch, LabelAt(target));
            return;
        }
        var stay = _il.DefineLabel();
        _il.Emit(branch == OpCodes.Brtrue ? OpCodes.Brfalse : OpCodes.Brtrue, stay);
        BackEdge(ins.Index, target);
        _il.MarkLabel(stay);
    }

    private void Unary(int idx, int d, string name)
    {
        Lasti(idx);
        Ld(d - 1);
        _il.Emit(OpCodes.Call, M(typeof(Ops), name, typeof(PyObject)));
        St(d - 1);
    }

    /// <summary>BUILD_*: the <paramref name="count"/> entries go to the slots, the helper builds from there.</summary>
    private void Build(int idx, int d, int count, int arg, string helper)
    {
        Lasti(idx);
        Spill(d - count, count);
        _il.Emit(OpCodes.Ldloc, _slots);
        _il.Emit(OpCodes.Ldc_I4, _nlp + d - count);
        _il.Emit(OpCodes.Ldc_I4, arg);
        _il.Emit(OpCodes.Call, M(helper));
        St(d - count);
    }

    private void Update(int idx, int d, int arg, Type target, string helper)
    {
        Lasti(idx);
        Ld(d - 1 - arg);
        _il.Emit(OpCodes.Castclass, target);
        Ld(d - 1);
        _il.Emit(OpCodes.Call, M(helper));
    }

    private void CallFrameName(int idx, int arg, string helper)
    {
        Lasti(idx);
        _il.Emit(OpCodes.Ldarg_2);
        LdName(arg);
        _il.Emit(OpCodes.Call, M(helper));
    }

    /// <summary>Cold code raising <paramref name="helper"/>(code, <paramref name="arg"/>) (UnboundLocalError,
    /// NameError of a free variable) at instruction <paramref name="idx"/>; returns its label.</summary>
    private Label ColdUnbound(int idx, int arg, string helper)
    {
        var il = _il;
        var cold = il.DefineLabel();
        _cold.Add(() =>
        {
            il.MarkLabel(cold);
            Lasti(idx);
            LdCode();
            il.Emit(OpCodes.Ldc_I4, arg);
            il.Emit(OpCodes.Call, M(helper));
            Raise();
        });
        return cold;
    }

    // --- small pieces ------------------------------------------------------------------------------------------

    private Label LabelAt(int unit) => _labels[InstrAt(unit)];

    /// <summary>BUILD_SLICE followed by BINARY_SUBSCR: an exact str, list or tuple sliced by None or machine-word
    /// bounds (Interpreter.SliceSubscr) leaves its result where BINARY_SUBSCR would and goes on after it, with no
    /// slice object; anything else falls through to BUILD_SLICE's and BINARY_SUBSCR's own code, which stays in place
    /// (so a jump to the BINARY_SUBSCR still runs it). Neither instruction can run Python code before the fast path
    /// answers, so there is no trace point between them.</summary>
    private void EmitSliceSubscrFast(in Instr ins)
    {
        int k = _instrAt[ins.Start];
        if (k + 2 >= _instrs.Length || _instrs[k + 1] is not { Op: Op.BINARY_SUBSCR } sub || sub.Start != sub.Index
            || sub.Depth != ins.Depth - ins.Arg + 1 || _instrs[k + 2].Depth != sub.Depth - 1) return;
        var il = _il;
        int d = ins.Depth, arg = ins.Arg;
        var general = il.DefineLabel();
        Ld(d - arg - 1);
        Ld(d - arg);
        Ld(d - arg + 1);
        if (arg == 3) Ld(d - 1);
        else il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Call, M(nameof(Interpreter.SliceSubscr)));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brfalse, general);
        St(d - arg - 1);
        il.Emit(OpCodes.Br, _labels[k + 2]);
        il.MarkLabel(general);
        il.Emit(OpCodes.Pop);
    }

    private void Ld(int j) => _il.Emit(OpCodes.Ldloc, _stk[j]);

    private void St(int j) => _il.Emit(OpCodes.Stloc, _stk[j]);

    private void Lasti(int idx)
    {
        _il.Emit(OpCodes.Ldarg_2);
        _il.Emit(OpCodes.Ldc_I4, idx);
        _il.Emit(OpCodes.Stfld, F<PyFrame>(nameof(PyFrame.Lasti)));
    }

    /// <summary>The exception on the IL stack is raised.</summary>
    private void Raise()
    {
        _il.Emit(OpCodes.Stloc, _exc);
        _il.Emit(OpCodes.Leave, _raise);
    }

    private void Not()
    {
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Ceq);
    }

    private void Bool() => _il.Emit(OpCodes.Call, M(typeof(PyBool), nameof(PyBool.From), typeof(bool)));

    private void LdCode()
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, F<JitCode>(nameof(JitCode.Code)));
    }

    private void LdConst(int i)
    {
        _il.Emit(OpCodes.Ldloc, _consts);
        _il.Emit(OpCodes.Ldc_I4, i);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    private void LdName(int i)
    {
        _il.Emit(OpCodes.Ldloc, _names);
        _il.Emit(OpCodes.Ldc_I4, i);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    private void LdAttrCache(int idx)
    {
        _il.Emit(OpCodes.Ldloc, _acaches);
        _il.Emit(OpCodes.Ldc_I4, (int)_co.Instructions[idx + 1]);
        _il.Emit(OpCodes.Ldelema, typeof(AttrCache));
    }

    /// <summary>The address of slot <paramref name="i"/> (no bounds check: every index is below the slot count).</summary>
    private void SlotAddress(int i)
    {
        if (i >= _nlp + _co.StackSize) throw new NotSupportedException("slot index");
        _il.Emit(OpCodes.Ldloc, _sref);
        if (i != 0)
        {
            _il.Emit(OpCodes.Ldc_I4, i * IntPtr.Size);
            _il.Emit(OpCodes.Add);
        }
    }

    private void LdSlot(int i)
    {
        SlotAddress(i);
        _il.Emit(OpCodes.Ldind_Ref);
    }

    private void StSlot(int i, Action value)
    {
        SlotAddress(i);
        value();
        _il.Emit(OpCodes.Stind_Ref);
    }

    private void StSlotNull(int i) => StSlot(i, () => _il.Emit(OpCodes.Ldnull));

    /// <summary>Stack entries [from, from + n) to their slots (above the fast locals).</summary>
    private void Spill(int from, int n)
    {
        for (int j = from; j < from + n; j++) StSlot(_nlp + j, () => Ld(j));
    }
}
