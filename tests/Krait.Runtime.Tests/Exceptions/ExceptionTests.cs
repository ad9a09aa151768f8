namespace Krait.Runtime.Tests.Exceptions;

public class ExceptionTests
{
    [Fact]
    public void HierarchyMatchesCPython()
    {
        string expected = Oracle.Run(
            "import builtins\n" +
            "for n, t in vars(builtins).items():\n" +
            "    if isinstance(t, type) and issubclass(t, BaseException) and n == t.__name__:\n" +
            "        print(n, [c.__name__ for c in t.__mro__])");
        var lines = new List<string>();
        foreach (var t in PyExc.All)
        {
            var names = new List<string>();
            foreach (var c in t.Mro) names.Add("'" + c.Name + "'");
            lines.Add($"{t.Name} [{string.Join(", ", names)}]");
        }
        var exp = expected.Split('\n');
        Array.Sort(exp, StringComparer.Ordinal);
        lines.Sort(StringComparer.Ordinal);
        Assert.Equal(string.Join('\n', exp), string.Join('\n', lines));
    }

    [Theory]
    [InlineData("ValueError()")]
    [InlineData("ValueError('x')")]
    [InlineData("ValueError('x', 2)")]
    [InlineData("str(ValueError())")]
    [InlineData("str(ValueError('x'))")]
    [InlineData("str(ValueError('x', 2))")]
    [InlineData("str(ValueError(5))")]
    [InlineData("ValueError('a', 'b').args")]
    [InlineData("KeyError('k')")]
    [InlineData("str(KeyError('k'))")]
    [InlineData("str(KeyError('k', 'j'))")]
    [InlineData("str(KeyError())")]
    [InlineData("OSError(2, 'No such file or directory')")]
    [InlineData("type(OSError(2, 'No such file or directory'))")]
    [InlineData("type(OSError(13, 'Permission denied'))")]
    [InlineData("type(OSError(1, 'x'))")]
    [InlineData("type(OSError(11, 'x'))")]
    [InlineData("type(OSError(32, 'x'))")]
    [InlineData("type(OSError(110, 'x'))")]
    [InlineData("type(OSError(999, 'x'))")]
    [InlineData("type(OSError(2))")]
    [InlineData("type(FileExistsError(2, 'x'))")]
    [InlineData("str(OSError(2, 'No such file or directory', 'f.txt'))")]
    [InlineData("str(OSError(2, 'No such file or directory', 'a', None, 'b'))")]
    [InlineData("OSError(2, 'No such file or directory', 'f.txt').args")]
    [InlineData("OSError(2, 'No such file or directory', 'f.txt').filename")]
    [InlineData("OSError(2, 'msg').errno")]
    [InlineData("OSError('just text').errno")]
    [InlineData("str(OSError('just text'))")]
    [InlineData("StopIteration().value")]
    [InlineData("StopIteration(5, 6).value")]
    [InlineData("SystemExit().code")]
    [InlineData("SystemExit(3).code")]
    [InlineData("SystemExit(3, 4).code")]
    [InlineData("ImportError('m', name='x').name")]
    [InlineData("str(ImportError('m', name='x'))")]
    [InlineData("str(ImportError('m', 'n'))")]
    [InlineData("AttributeError('m', name='n', obj=1).obj")]
    [InlineData("NameError('m', name='n').name")]
    [InlineData("str(SyntaxError('bad', ('/a/b.py', 3, 4, 'x y', 3, 5)))")]
    [InlineData("str(SyntaxError('bad', (None, 3, 4, 'x y')))")]
    [InlineData("SyntaxError('bad', ('f.py', 3, 4, 'x y')).text")]
    [InlineData("str(SyntaxError('bad'))")]
    [InlineData("ExceptionGroup('eg', [ValueError(1), TypeError(2)])")]
    [InlineData("str(ExceptionGroup('eg', [ValueError(1)]))")]
    [InlineData("str(ExceptionGroup('eg', [ValueError(1), TypeError(2)]))")]
    [InlineData("type(BaseExceptionGroup('eg', [ValueError(1)]))")]
    [InlineData("type(BaseExceptionGroup('eg', [KeyboardInterrupt()]))")]
    [InlineData("ExceptionGroup('eg', [ValueError(1)]).exceptions")]
    [InlineData("e = ValueError(1)\ne.add_note('n1')\ne.add_note('n2')\ne.__notes__")]
    [InlineData("e = ValueError(1)\n(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)")]
    [InlineData("e = ValueError(1)\ne.__cause__ = KeyError(2)\n(e.__cause__, e.__suppress_context__)")]
    [InlineData("e = ValueError(1)\ne.args = [1, 2]\ne")]
    [InlineData("e = ValueError(1)\ne.with_traceback(None) is e")]
    [InlineData("e = ValueError(1)\ne.foo = 5\ne.foo")]
    [InlineData("isinstance(FileNotFoundError(), OSError)")]
    [InlineData("issubclass(ExceptionGroup, Exception)")]
    public void MatchesCPython(string program) => Differential.AssertSameRepr(program);

    [Theory]
    [InlineData("ValueError(x=1)")]
    [InlineData("ImportError('m', foo=1)")]
    [InlineData("e = ValueError()\ne.add_note(1)")]
    [InlineData("e = ValueError()\ne.__notes__ = 5\ne.add_note('x')")]
    [InlineData("e = ValueError()\ne.__cause__ = 5")]
    [InlineData("e = ValueError()\ne.__context__ = 'x'")]
    [InlineData("e = ValueError()\ne.__traceback__ = 5")]
    [InlineData("ExceptionGroup('eg', [])")]
    [InlineData("ExceptionGroup('eg', [1])")]
    [InlineData("ExceptionGroup(1, [ValueError()])")]
    [InlineData("ExceptionGroup('eg', [KeyboardInterrupt()])")]
    [InlineData("ExceptionGroup('eg')")]
    [InlineData("ValueError().foo")]
    public void ErrorsMatchCPython(string program) => Differential.AssertSameError(program);

    [Fact]
    public void CarrierHoldsTheExceptionObject()
    {
        var ex = Assert.Throws<PythonException>(() => Ops.GetItem(new PyDict(), K.Str("k")));
        Assert.Same(PyExc.KeyError, ex.Value.Type);
        Assert.Equal("KeyError: 'k'", ex.Message);
        var made = PyErr.Make(PyExc.ValueError, "v");
        Assert.Equal("ValueError('v')", K.Repr(made));
    }
}
