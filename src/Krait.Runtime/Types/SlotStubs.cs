namespace Krait.Runtime;

/// <summary>Slot functions of heap types: each looks the dunder up on the instance's type and calls it
/// (typeobject.c's slot_* functions). One delegate instance per stub so identity checks work.</summary>
internal static class SlotStubs
{
    /// <summary>lookup_maybe_method + call: null when the type has no such attribute.</summary>
    internal static PyObject? CallMaybe(PyObject self, PyStr name, ReadOnlySpan<PyObject> args)
    {
        var descr = self.Type.Lookup(name);
        if (descr is null) return null;
        return CallFound(descr, self, args);
    }

    internal static PyObject CallFound(PyObject descr, PyObject self, ReadOnlySpan<PyObject> args)
    {
        var dt = descr.Type;
        if ((dt.Flags & TypeFlags.MethodDescriptor) != 0)
        {
            switch (args.Length)
            {
                case 0: return Ops.Call(descr, [self]);
                case 1: return Ops.Call(descr, [self, args[0]]);
                case 2: return Ops.Call(descr, [self, args[0], args[1]]);
                default:
                    var all = new PyObject[args.Length + 1];
                    all[0] = self;
                    args.CopyTo(all.AsSpan(1));
                    return Ops.Call(descr, all);
            }
        }
        if (dt.DescrGet is { } get) descr = get(descr, self, self.Type);
        return Ops.Call(descr, args);
    }

    internal static PyObject CallRequired(PyObject self, PyStr name, ReadOnlySpan<PyObject> args) =>
        CallMaybe(self, name, args) ?? throw PyErr.AttributeError(name.Value);

    public static readonly Func<PyObject, PyObject, PyObject>[] Binary = MakeBinary();
    public static readonly Func<PyObject, PyObject, PyObject>[] InPlace = MakeInPlace();

    private static Func<PyObject, PyObject, PyObject>[] MakeBinary()
    {
        var a = new Func<PyObject, PyObject, PyObject>[PyType.NumberOpCount];
        for (int i = 0; i < a.Length; i++)
        {
            int op = i;
            var name = PyStr.Intern($"__{SlotDefs.NumberNames[i]}__");
            var rname = PyStr.Intern($"__r{SlotDefs.NumberNames[i]}__");
            a[i] = (self, other) => BinaryFull(op, name, rname, self, other);
        }
        return a;
    }

    private static Func<PyObject, PyObject, PyObject>[] MakeInPlace()
    {
        var a = new Func<PyObject, PyObject, PyObject>[PyType.NumberOpCount];
        for (int i = 0; i < a.Length; i++)
        {
            var name = PyStr.Intern($"__i{SlotDefs.NumberNames[i]}__");
            a[i] = (self, other) => CallMaybe(self, name, [other]) ?? PyNotImplemented.Instance;
        }
        return a;
    }

    // SLOT1BINFULL: try the reflected method of a subclass right operand first, then self's, then other's.
    private static PyObject BinaryFull(int op, PyStr name, PyStr rname, PyObject self, PyObject other)
    {
        var stub = Binary[op];
        bool doOther = !ReferenceEquals(self.Type, other.Type) && ReferenceEquals(other.Type.Number[op], stub);
        if (ReferenceEquals(self.Type.Number[op], stub))
        {
            if (doOther && other.Type.IsSubtype(self.Type) && MethodIsOverloaded(self.Type, other.Type, rname))
            {
                var r = CallMaybe(other, rname, [self]);
                if (r is not null && r is not PyNotImplemented) return r;
                doOther = false;
            }
            var res = CallMaybe(self, name, [other]) ?? PyNotImplemented.Instance;
            if (res is not PyNotImplemented || ReferenceEquals(other.Type, self.Type)) return res;
        }
        if (doOther) return CallMaybe(other, rname, [self]) ?? PyNotImplemented.Instance;
        return PyNotImplemented.Instance;
    }

    /// <summary>method_is_overloaded: the right operand's type has its own version of the reflected method.</summary>
    private static bool MethodIsOverloaded(PyType left, PyType right, PyStr name)
    {
        var b = right.Lookup(name);
        if (b is null) return false;
        var a = left.Lookup(name);
        if (a is null) return true;
        return !Ops.RichCompareBool(a, b, CompareOp.Eq);
    }

    public static Delegate? ForKind(SlotKind k) => k switch
    {
        SlotKind.Call => Call,
        SlotKind.GetAttr => GetAttrHook,
        SlotKind.RichCompare => RichCompare,
        SlotKind.Hash => Hash,
        SlotKind.Repr => Repr,
        SlotKind.Str => Str,
        SlotKind.Bool => Bool,
        SlotKind.Len => Len,
        SlotKind.Iter => Iter,
        SlotKind.Next => Next,
        SlotKind.Contains => Contains,
        SlotKind.GetItem => GetItem,
        SlotKind.DescrGet => DescrGet,
        SlotKind.Init => Init,
        SlotKind.New => New,
        SlotKind.Negative => Unary("__neg__"),
        SlotKind.Positive => Unary("__pos__"),
        SlotKind.Absolute => Unary("__abs__"),
        SlotKind.Invert => Unary("__invert__"),
        SlotKind.Int => Unary("__int__"),
        SlotKind.Float => Unary("__float__"),
        SlotKind.Index => Unary("__index__"),
        _ => null,
    };

    private static readonly Dictionary<string, Func<PyObject, PyObject>> s_unary = [];
    private static Func<PyObject, PyObject> Unary(string name)
    {
        lock (s_unary)
        {
            if (!s_unary.TryGetValue(name, out var f))
            {
                var n = PyStr.Intern(name);
                s_unary[name] = f = self => CallMaybe(self, n, []) ?? throw PyErr.AttributeError(name);
            }
            return f;
        }
    }

    public static readonly CallSlot Call = (self, args, kw) =>
    {
        var d = self.Type.Lookup(DunderNames.Call) ?? throw PyErr.TypeError($"'{self.Type.Name}' object is not callable");
        // _PyObject_Call counts the call against the recursion limit: an instance that is its class's own
        // __call__ recurses without any Python frame.
        Ops.EnterRecursiveCall(" while calling a Python object");
        try
        {
            if ((d.Type.Flags & TypeFlags.MethodDescriptor) != 0)
            {
                var all = new PyObject[args.Length + 1];
                all[0] = self;
                args.CopyTo(all.AsSpan(1));
                return Ops.Call(d, all, kw);
            }
            if (d.Type.DescrGet is { } get) d = get(d, self, self.Type);
            return Ops.Call(d, args, kw);
        }
        finally { Ops.LeaveRecursiveCall(); }
    };

    // slot_tp_getattr_hook: __getattribute__ (the generic one called directly), then __getattr__ when it
    // raised AttributeError or found nothing.
    public static readonly Func<PyObject, PyStr, PyObject?> GetAttrHook = (self, name) =>
    {
        var ga = self.Type.Lookup(DunderNames.Getattribute);
        PyObject? res;
        if (ga is PyWrapperDescriptor { Kind: SlotKind.GetAttr } w && ReferenceEquals(w.Owner.GetAttr, PyBaseObject.GenericGetAttr))
        {
            try
            {
                res = PyBaseObject.GenericGetAttr(self, name);
            }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError))
            {
                Ops.t_pendingAttributeError = e;
                res = null;
            }
        }
        else res = CallAttrHook(ga!, self, name);
        if (res is not null) return res;
        var getattr = self.Type.Lookup(DunderNames.Getattr);
        if (getattr is null) return null;
        Ops.t_pendingAttributeError = null;
        return CallAttrHook(getattr, self, name);
    };

    /// <summary>Calls __getattribute__ or __getattr__ (<paramref name="hook"/>); null when it raised AttributeError
    /// (kept in Ops.t_pendingAttributeError). A Python function's AttributeError comes back without a .NET throw.</summary>
    private static PyObject? CallAttrHook(PyObject hook, PyObject self, PyStr name)
    {
        PyBaseException e;
        if (ReferenceEquals(hook.Type, PyFunction.FunctionType))
        {
            var r = Interpreter.CallFunctionOrPending((PyFunction)hook, [self, name]);
            if (r is not null) return r;
            e = Interpreter.TakeJitPending(ThreadState.Current);
            if (!e.Type.IsSubtype(PyExc.AttributeError)) throw new PythonException(e);
            Ops.t_pendingAttributeError = new PythonException(e);
            return null;
        }
        try
        {
            return CallFound(hook, self, [name]);
        }
        catch (PythonException pe) when (pe.Value.Type.IsSubtype(PyExc.AttributeError))
        {
            Ops.t_pendingAttributeError = pe;
            return null;
        }
    }

    public static readonly Action<PyObject, PyStr, PyObject?> SetAttr = (self, name, value) =>
    {
        if (value is null) CallRequired(self, DunderNames.Delattr, [name]);
        else CallRequired(self, DunderNames.Setattr, [name, value]);
    };

    /// <summary>slot_tp_richcompare: an error while binding the method (a property that raises) is cleared and
    /// gives NotImplemented; only an error from the call itself propagates.</summary>
    public static readonly Func<PyObject, PyObject, CompareOp, PyObject> RichCompare = (self, other, op) =>
    {
        var descr = self.Type.Lookup(DunderNames.Compare[(int)op]);
        if (descr is null) return PyNotImplemented.Instance;
        var dt = descr.Type;
        if ((dt.Flags & TypeFlags.MethodDescriptor) != 0) return Ops.Call(descr, [self, other]);
        if (dt.DescrGet is { } get)
        {
            try { descr = get(descr, self, self.Type); }
            catch (PythonException) { return PyNotImplemented.Instance; }
        }
        return Ops.Call(descr, [other]);
    };

    public static readonly Func<PyObject, long> Hash = self =>
    {
        var d = self.Type.Lookup(DunderNames.Hash);
        if (d is null || d is PyNone) return SlotDefs.HashNotImplemented(self);
        var r = CallFound(d, self, []);
        if (r is not PyInt i) throw PyErr.TypeError("__hash__ method should return an integer");
        // A huge result is reduced by int's own hash, as CPython does.
        return i.IsBig ? PyInt.HashOf(i) : (i.Small == -1 ? -2 : i.Small);
    };

    public static readonly Func<PyObject, PyStr> Repr = self =>
    {
        var r = CallRequired(self, DunderNames.Repr, []);
        return r as PyStr ?? throw PyErr.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
    };

    public static readonly Func<PyObject, PyStr> Str = self =>
    {
        var r = CallRequired(self, DunderNames.Str, []);
        return r as PyStr ?? throw PyErr.TypeError($"__str__ returned non-string (type {r.Type.Name})");
    };

    public static readonly Func<PyObject, bool> Bool = self =>
    {
        var b = self.Type.Lookup(DunderNames.Bool);
        if (b is not null)
        {
            var r = CallFound(b, self, []);
            if (r is PyBool pb) return pb.IsTrue;
            throw PyErr.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
        }
        var l = self.Type.Lookup(DunderNames.Len);
        if (l is null) return true;
        return Len!(self) != 0;
    };

    public static readonly Func<PyObject, long> Len = self =>
    {
        var r = CallRequired(self, DunderNames.Len, []);
        var i = Ops.Index(r);
        if (i.Sign < 0) throw PyErr.ValueError("__len__() should return >= 0");
        if (i.IsBig) throw PyErr.New(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
        return i.Small;
    };

    public static readonly Func<PyObject, PyObject> Iter = self =>
    {
        var d = self.Type.Lookup(DunderNames.Iter);
        if (d is null || d is PyNone) throw PyErr.TypeError($"'{self.Type.Name}' object is not iterable");
        return CallFound(d, self, []);
    };

    public static readonly Func<PyObject, PyObject?> Next = self =>
    {
        try { return CallRequired(self, DunderNames.Next, []); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.StopIteration)) { return null; }
    };

    public static readonly Func<PyObject, PyObject, bool> Contains = (self, item) =>
    {
        var d = self.Type.Lookup(DunderNames.Contains);
        if (d is null || d is PyNone) throw PyErr.TypeError($"'{self.Type.Name}' object is not a container");
        return Ops.IsTrue(CallFound(d, self, [item]));
    };

    public static readonly Func<PyObject, PyObject, PyObject> GetItem = (self, key) => CallRequired(self, DunderNames.Getitem, [key]);
    public static readonly Action<PyObject, PyObject, PyObject> SetItem = (self, key, value) => CallRequired(self, DunderNames.Setitem, [key, value]);
    public static readonly Action<PyObject, PyObject> DelItem = (self, key) => CallRequired(self, DunderNames.Delitem, [key]);

    public static readonly Func<PyObject, PyObject?, PyType?, PyObject> DescrGet = (self, obj, owner) =>
    {
        var d = self.Type.Lookup(DunderNames.Get);
        if (d is null) return self;
        return CallFound(d, self, [obj ?? PyNone.Instance, (PyObject?)owner ?? PyNone.Instance]);
    };

    public static readonly Action<PyObject, PyObject, PyObject?> DescrSet = (self, obj, value) =>
    {
        if (value is null) CallRequired(self, DunderNames.Delete, [obj]);
        else CallRequired(self, DunderNames.Set, [obj, value]);
    };

    public static readonly InitSlot Init = (self, args, kw) =>
    {
        var d = self.Type.Lookup(DunderNames.Init)!;
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        PyObject r;
        if ((d.Type.Flags & TypeFlags.MethodDescriptor) != 0) r = Ops.Call(d, all, kw);
        else
        {
            if (d.Type.DescrGet is { } get) d = get(d, self, self.Type);
            r = Ops.Call(d, args, kw);
        }
        if (r is not PyNone) throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'");
    };

    public static readonly NewSlot New = (type, args, kw) =>
    {
        // __new__ is a static method: call it with the class prepended.
        var d = type.Lookup(DunderNames.New)!;
        if (d.Type.DescrGet is { } get) d = get(d, null, type);
        var all = new PyObject[args.Length + 1];
        all[0] = type;
        args.CopyTo(all.AsSpan(1));
        return Ops.Call(d, all, kw);
    };
}
