import types, sys
ts = [types.SimpleNamespace, types.CellType, types.FunctionType, types.MethodType, types.BuiltinFunctionType,
      types.FrameType, types.TracebackType, types.ModuleType, types.MappingProxyType, types.GetSetDescriptorType,
      types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType,
      types.ClassMethodDescriptorType, types.NoneType, types.NotImplementedType, types.EllipsisType, property, super,
      classmethod, staticmethod, type(sys.flags), type(sys.float_info), type(sys.version_info), type(sys.implementation)]
for t in ts:
    print(repr(t), t.__name__, t.__qualname__, t.__module__, bool(t.__flags__ & (1 << 10)))
    try:
        t()
        print("  constructed")
    except TypeError as e:
        print("  TypeError:", e)
f = sys._getframe()
for a, k in [((None, f, 0), {}), ((), {"tb_next": None, "tb_frame": f, "tb_lasti": 0, "tb_lineno": 3}), ((None, f, 0, 1, 2), {})]:
    try:
        print(types.TracebackType(*a, **k).tb_lineno)
    except TypeError as e:
        print("TypeError:", e)
