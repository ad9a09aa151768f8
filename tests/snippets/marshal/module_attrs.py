import marshal, sys
print(marshal.__name__, marshal.version)
print(sorted(n for n in dir(marshal) if not n.startswith("_")))
print("marshal" in sys.builtin_module_names)
print(marshal.__doc__.split("\n")[0])
print(type(marshal.dumps).__name__, repr(marshal.dumps), repr(marshal.load))
print(marshal.__spec__.origin, marshal.__loader__.__name__)
