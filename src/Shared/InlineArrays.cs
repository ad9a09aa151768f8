// Collection expressions and calls to `params ReadOnlySpan<T>` overloads with 2-16 elements (`PyTuple.Create([a, b])`,
// `Ops.Call(f, [x])`, 5+-operand `string.Concat`, ...) store their elements in a System.Runtime.CompilerServices
// InlineArrayN<T>. The C# compiler takes that type from the framework when it has one (.NET 10), and then the
// helpers it generates over it (<PrivateImplementationDetails>.InlineArrayAsReadOnlySpan<InlineArray3<__Canon>, ...>)
// are generic instantiations over a type outside Krait's version bubble, which ReadyToRun never precompiles: each
// length's first use in a process was a JIT compilation (~0.3 ms each, 8 at every start-up). A type with the same
// name declared in the compilation itself takes precedence over the framework's, so each Krait assembly declares its
// own (internal: invisible to the others) and the helpers are precompiled like any of Krait's own generic code.
// (docs/architecture.md, Start-up.)
namespace System.Runtime.CompilerServices;

[InlineArray(2)] internal struct InlineArray2<T> { private T _element0; }
[InlineArray(3)] internal struct InlineArray3<T> { private T _element0; }
[InlineArray(4)] internal struct InlineArray4<T> { private T _element0; }
[InlineArray(5)] internal struct InlineArray5<T> { private T _element0; }
[InlineArray(6)] internal struct InlineArray6<T> { private T _element0; }
[InlineArray(7)] internal struct InlineArray7<T> { private T _element0; }
[InlineArray(8)] internal struct InlineArray8<T> { private T _element0; }
[InlineArray(9)] internal struct InlineArray9<T> { private T _element0; }
[InlineArray(10)] internal struct InlineArray10<T> { private T _element0; }
[InlineArray(11)] internal struct InlineArray11<T> { private T _element0; }
[InlineArray(12)] internal struct InlineArray12<T> { private T _element0; }
[InlineArray(13)] internal struct InlineArray13<T> { private T _element0; }
[InlineArray(14)] internal struct InlineArray14<T> { private T _element0; }
[InlineArray(15)] internal struct InlineArray15<T> { private T _element0; }
[InlineArray(16)] internal struct InlineArray16<T> { private T _element0; }
