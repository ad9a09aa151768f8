namespace Krait.Runtime.Tests.Types;

public class HeapTypeTests
{
    // Classes are made with type(name, bases, dict) and lambdas, which both python3.11 and MiniEval run.
    [Theory]
    [InlineData("A = type('A', (), {'__module__': '__main__'})\nA")]
    [InlineData("A = type('A', (), {'__module__': '__main__', '__qualname__': 'Outer.A'})\nA")]
    [InlineData("A = type('A', (), {})\n(A.__name__, A.__qualname__, A.__bases__, A.__mro__[1:])")]
    [InlineData("A = type('A', (), {})\na = A()\na.x = 5\n(a.x, a.__dict__)")]
    [InlineData("A = type('A', (), {'y': 7})\na = A()\n(a.y, A.y, hasattr(a, 'z'))")]
    [InlineData("A = type('A', (), {'f': lambda self, n: n + 1})\nA().f(41)")]
    [InlineData("A = type('A', (), {'__add__': lambda self, o: 'A+'})\nA() + 1")]
    [InlineData("A = type('A', (), {'__radd__': lambda self, o: 'r'})\n1 + A()")]
    [InlineData("A = type('A', (), {'__eq__': lambda self, o: True})\n(A() == 1, 1 == A(), A() != 1)")]
    [InlineData("A = type('A', (), {'__lt__': lambda self, o: 'lt'})\n(A() < 1, 1 > A())")]
    [InlineData("A = type('A', (), {'__len__': lambda self: 3})\n(len(A()), bool(A()))")]
    [InlineData("A = type('A', (), {'__len__': lambda self: 0})\nbool(A())")]
    [InlineData("A = type('A', (), {'__bool__': lambda self: False, '__len__': lambda self: 3})\nbool(A())")]
    [InlineData("A = type('A', (), {'__hash__': lambda self: -1})\nhash(A())")]
    [InlineData("A = type('A', (), {'__hash__': lambda self: 2**70})\nhash(A())")]
    [InlineData("A = type('A', (), {'__repr__': lambda self: 'AAA'})\n(repr(A()), str(A()))")]
    [InlineData("A = type('A', (), {'__str__': lambda self: 'S'})\nstr(A())")]
    [InlineData("A = type('A', (), {'__getitem__': lambda self, i: i * 2 if i < 3 else [][0]})\nlist(iter(A()))")]
    [InlineData("A = type('A', (), {'__getitem__': lambda self, i: i * 2 if i < 3 else [][0]})\n4 in A()")]
    [InlineData("A = type('A', (), {'__contains__': lambda self, x: x == 'k'})\n('k' in A(), 'j' in A())")]
    [InlineData("A = type('A', (), {'__getattr__': lambda self, n: n + '!'})\nA().hello")]
    [InlineData("A = type('A', (), {'__call__': lambda self, *a: a})\nA()(1, 2)")]
    [InlineData("A = type('A', (), {'__index__': lambda self: 2})\n[10, 20, 30][A()]")]
    [InlineData("A = type('A', (), {'__index__': lambda self: 2})\n'ab' * A()")]
    [InlineData("A = type('A', (), {'__neg__': lambda self: 'neg'})\n-A()")]
    [InlineData("A = type('A', (), {'__iadd__': lambda self, o: 'iadd'})\nx = A()\nx += 1\nx")]
    [InlineData("A = type('A', (), {'__add__': lambda self, o: 'add'})\nx = A()\nx += 1\nx")]
    [InlineData("A = type('A', (), {})\nA.__add__ = lambda self, o: 'late'\nA() + 1")]
    [InlineData("A = type('A', (), {'__add__': lambda self, o: 'a'})\nB = type('B', (A,), {})\nA.__add__ = lambda self, o: 'changed'\nB() + 1")]
    [InlineData("A = type('A', (), {'__add__': lambda self, o: 'a'})\ndel A.__add__\nhasattr(A(), '__add__')")]
    [InlineData("I = type('I', (int,), {})\n(I(5) + 1, type(I(5) + 1), I(5), type(I(5)))")]
    [InlineData("I = type('I', (int,), {'__add__': lambda self, o: 'I.add'})\n(I(5) + 1, 1 + I(5))")]
    [InlineData("I = type('I', (int,), {'__radd__': lambda self, o: 'I.radd'})\n1 + I(5)")]
    [InlineData("I = type('I', (int,), {'__lt__': lambda self, o: 'I.lt'})\n(1 > I(5), I(5) < 1)")]
    [InlineData("I = type('I', (int,), {})\nx = I(7)\nx.tag = 't'\n(x.tag, x * 2, hash(x) == hash(7))")]
    [InlineData("L = type('L', (list,), {})\nx = L([1, 2])\nx.append(3)\n(x, type(x), len(x), x + [4], type(x + [4]))")]
    [InlineData("D = type('D', (dict,), {'__missing__': lambda self, k: k * 2})\nD()[21]")]
    [InlineData("S = type('S', (str,), {})\n(S('ab') + 'c', type(S('ab')), S('x') == 'x')")]
    [InlineData("T = type('T', (tuple,), {})\n(T([1, 2]), T([1]) + (2,))")]
    [InlineData("E = type('E', (ValueError,), {})\n(E('x'), str(E('y', 2)), E.__mro__)")]
    [InlineData("A = type('A', (), {'__eq__': lambda self, o: True})\nA.__hash__")]
    [InlineData("A = type('A', (), {'p': property(lambda self: 'prop')})\na = A()\na.__dict__['p'] = 'inst'\na.p")]
    [InlineData("A = type('A', (), {'m': lambda self: 'meth'})\na = A()\na.__dict__['m'] = 'inst'\na.m")]
    [InlineData("A = type('A', (), {'s': staticmethod(lambda x: x * 3), 'c': classmethod(lambda cls: cls.__name__)})\n(A.s(2), A().s(3), A.c(), A().c())")]
    [InlineData("A = type('A', (), {'__new__': lambda cls, x: 'made ' + str(x)})\nA(5)")]
    [InlineData("A = type('A', (), {'__init__': lambda self, x: setattr(self, 'x', x)})\nA(9).x")]
    [InlineData("A = type('A', (), {})\nB = type('B', (A,), {})\nC = type('C', (A,), {})\nD = type('D', (B, C), {})\n[k.__name__ for k in D.__mro__] if False else D.__mro__")]
    [InlineData("A = type('A', (), {})\nisinstance(A(), object)")]
    [InlineData("M = type('M', (type,), {})\nC = M('C', (), {})\n(type(C), C.__name__)")]
    [InlineData("A = type('A', (), {'f': lambda self: 'A.f'})\nB = type('B', (A,), {'f': lambda self: 'B+' + super(B, self).f()})\nB().f()")]
    [InlineData("A = type('A', (), {'c': classmethod(lambda cls: cls.__name__)})\nB = type('B', (A,), {})\nsuper(B, B).c()")]
    [InlineData("I = type('I', (int,), {'__add__': lambda self, o: super(I, self).__add__(o) * 10})\nI(2) + 3")]
    [InlineData("A = type('A', (), {})\nsuper(A, A()).__class__")]
    public void MatchesCPython(string program) => Differential.AssertSameRepr(program);

    [Theory]
    [InlineData("A = type('A', (), {})\nA().missing")]
    [InlineData("A = type('A', (), {})\nA.missing")]
    [InlineData("A = type('A', (), {})\nA(1)")]
    [InlineData("A = type('A', (), {'__init__': lambda self: None})\nA(1)")]
    [InlineData("A = type('A', (), {'__init__': lambda self: 5})\nA()")]
    [InlineData("A = type('A', (), {'__eq__': lambda self, o: True})\nhash(A())")]
    [InlineData("A = type('A', (), {'__hash__': None})\nhash(A())")]
    [InlineData("A = type('A', (), {'__hash__': lambda self: 'x'})\nhash(A())")]
    [InlineData("A = type('A', (), {'__bool__': lambda self: 1})\nbool(A())")]
    [InlineData("A = type('A', (), {'__len__': lambda self: -1})\nlen(A())")]
    [InlineData("A = type('A', (), {'__len__': lambda self: 'a'})\nlen(A())")]
    [InlineData("A = type('A', (), {'__repr__': lambda self: 5})\nrepr(A())")]
    [InlineData("A = type('A', (), {'__iter__': lambda self: 5})\niter(A())")]
    [InlineData("A = type('A', (), {'__iter__': None})\niter(A())")]
    [InlineData("A = type('A', (), {'__index__': lambda self: 'x'})\n[1][A()]")]
    [InlineData("A = type('A', (), {'__getattr__': lambda self, n: [].nope})\nA().x")]
    [InlineData("A = type('A', (), {})\nA() < A()")]
    [InlineData("A = type('A', (), {})\nA() + A()")]
    [InlineData("A = type('A', (), {'p': property(lambda self: 1)})\na = A()\na.p = 2")]
    [InlineData("X = type('X', (), {})\nY = type('Y', (), {})\nA = type('A', (X, Y), {})\nB = type('B', (Y, X), {})\nC = type('C', (A, B), {})")]
    [InlineData("A = type('A', (), {})\nB = type('B', (A,), {})\nC = type('C', (A, B), {})")]
    [InlineData("A = type('A', (), {})\nB = type('B', (A, A), {})")]
    [InlineData("B = type('B', (bool,), {})")]
    [InlineData("C = type('C', (int, str), {})")]
    [InlineData("type('A', 1, {})")]
    [InlineData("type('A', (), {}, 1)")]
    [InlineData("type(1, (), {})")]
    [InlineData("A = type('A', (), {})\nsuper(A, 1)")]
    [InlineData("A = type('A', (), {'f': lambda self: 1})\nB = type('B', (A,), {})\nsuper(A, B()).f")]
    public void ErrorsMatchCPython(string program) => Differential.AssertSameError(program);

    [Fact]
    public void VersionTagChangesWithOwnOrBaseDict()
    {
        var a = K.Class("A", []);
        var b = K.Class("B", [a]);
        uint va = a.VersionTag, vb = b.VersionTag;
        Ops.SetAttr(a, PyStr.Intern("x"), K.Int(1));
        Assert.NotEqual(va, a.VersionTag);
        Assert.NotEqual(vb, b.VersionTag);
        uint va2 = a.VersionTag;
        Ops.SetAttr(b, PyStr.Intern("y"), K.Int(2));
        Assert.Equal(va2, a.VersionTag);
    }

    [Fact]
    public void BuiltinTypesAreImmutable()
    {
        Assert.Equal("TypeError: cannot set 'x' attribute of immutable type 'int'",
            K.Error(() => Ops.SetAttr(PyType.IntType, PyStr.Intern("x"), K.Int(1))));
    }

    [Fact]
    public void TryGetAttrDoesNotThrowOnMiss()
    {
        var a = K.Class("A", []);
        var inst = Ops.Call(a, []);
        Assert.Null(Ops.TryGetAttr(inst, PyStr.Intern("nope")));
        Assert.Null(Ops.TryGetAttr(K.Int(1), PyStr.Intern("nope")));
        Assert.NotNull(Ops.TryGetAttr(K.Int(1), PyStr.Intern("real")));
    }

    [Fact]
    public void LoadMethodAvoidsBinding()
    {
        var l = K.Ints(1);
        var m = Ops.LoadMethod(l, PyStr.Intern("append"), out var self);
        Assert.Same(l, self);
        Assert.IsType<PyMethodDescriptor>(m);
        Ops.Call(m, [l, K.Int(2)]);
        Assert.Equal("[1, 2]", K.Repr(l));
    }
}
