namespace Krait.Runtime;

/// <summary>The builtin exception types of Python 3.11, with their hierarchy.</summary>
public static class PyExc
{
    public static readonly PyType BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit,
        Exception, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
        AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError, LookupError,
        IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError,
        ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
        ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
        NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError,
        NotImplementedError, RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError,
        TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
        UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning,
        ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning,
        UserWarning;

    /// <summary>Every builtin exception type in definition order (for the builtins module).</summary>
    public static readonly List<PyType> All = [];

    private const TypeFlags Flags = TypeFlags.BaseType | TypeFlags.BaseExceptionSubclass;

    private static PyType Make(string name, PyType b, Action<PyType>? init = null)
    {
        var t = PyType.NewBuiltin(name, b, Flags, init);
        All.Add(t);
        return t;
    }

    static PyExc()
    {
        BaseException = Make("BaseException", PyType.ObjectType, PyBaseException.InitType);
        BaseExceptionGroup = Make("BaseExceptionGroup", BaseException, PyBaseExceptionGroup.InitType);
        GeneratorExit = Make("GeneratorExit", BaseException);
        KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
        SystemExit = Make("SystemExit", BaseException, PySystemExit.InitType);
        Exception = Make("Exception", BaseException);
        ArithmeticError = Make("ArithmeticError", Exception);
        FloatingPointError = Make("FloatingPointError", ArithmeticError);
        OverflowError = Make("OverflowError", ArithmeticError);
        ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
        AssertionError = Make("AssertionError", Exception);
        AttributeError = Make("AttributeError", Exception, t => PyAttributeError.InitType(t, withObj: true));
        BufferError = Make("BufferError", Exception);
        EOFError = Make("EOFError", Exception);
        ExceptionGroup = PyType.NewMultiBaseBuiltin("ExceptionGroup", [BaseExceptionGroup, Exception], BaseExceptionGroup, Flags);
        All.Add(ExceptionGroup);
        ImportError = Make("ImportError", Exception, PyImportError.InitType);
        ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
        LookupError = Make("LookupError", Exception);
        IndexError = Make("IndexError", LookupError);
        KeyError = Make("KeyError", LookupError, t => t.Str = o =>
        {
            var e = (PyBaseException)o;
            return e.Args.Count == 1 ? Ops.Repr(e.Args[0]) : PyBaseException.BaseStr(e);
        });
        MemoryError = Make("MemoryError", Exception);
        NameError = Make("NameError", Exception, t => PyAttributeError.InitType(t, withObj: false));
        UnboundLocalError = Make("UnboundLocalError", NameError);
        OSError = Make("OSError", Exception, PyOSError.InitType);
        BlockingIOError = Make("BlockingIOError", OSError);
        ChildProcessError = Make("ChildProcessError", OSError);
        ConnectionError = Make("ConnectionError", OSError);
        BrokenPipeError = Make("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = Make("ConnectionResetError", ConnectionError);
        FileExistsError = Make("FileExistsError", OSError);
        FileNotFoundError = Make("FileNotFoundError", OSError);
        InterruptedError = Make("InterruptedError", OSError);
        IsADirectoryError = Make("IsADirectoryError", OSError);
        NotADirectoryError = Make("NotADirectoryError", OSError);
        PermissionError = Make("PermissionError", OSError);
        ProcessLookupError = Make("ProcessLookupError", OSError);
        TimeoutError = Make("TimeoutError", OSError);
        ReferenceError = Make("ReferenceError", Exception);
        RuntimeError = Make("RuntimeError", Exception);
        NotImplementedError = Make("NotImplementedError", RuntimeError);
        RecursionError = Make("RecursionError", RuntimeError);
        StopAsyncIteration = Make("StopAsyncIteration", Exception);
        StopIteration = Make("StopIteration", Exception, PyStopIteration.InitType);
        SyntaxError = Make("SyntaxError", Exception, PySyntaxError.InitType);
        IndentationError = Make("IndentationError", SyntaxError);
        TabError = Make("TabError", IndentationError);
        SystemError = Make("SystemError", Exception);
        TypeError = Make("TypeError", Exception);
        ValueError = Make("ValueError", Exception);
        UnicodeError = Make("UnicodeError", ValueError);
        UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError, t => PyUnicodeError.InitType(t, PyUnicodeError.Kind.Decode));
        UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError, t => PyUnicodeError.InitType(t, PyUnicodeError.Kind.Encode));
        UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError, t => PyUnicodeError.InitType(t, PyUnicodeError.Kind.Translate));
        Warning = Make("Warning", Exception);
        BytesWarning = Make("BytesWarning", Warning);
        DeprecationWarning = Make("DeprecationWarning", Warning);
        EncodingWarning = Make("EncodingWarning", Warning);
        FutureWarning = Make("FutureWarning", Warning);
        ImportWarning = Make("ImportWarning", Warning);
        PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
        ResourceWarning = Make("ResourceWarning", Warning);
        RuntimeWarning = Make("RuntimeWarning", Warning);
        SyntaxWarning = Make("SyntaxWarning", Warning);
        UnicodeWarning = Make("UnicodeWarning", Warning);
        UserWarning = Make("UserWarning", Warning);
    }
}
