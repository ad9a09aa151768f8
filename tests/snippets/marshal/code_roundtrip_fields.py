import marshal
src = '''
import sys
def outer(a, /, b, *args, c=3, **kw):
    """doc"""
    x = [a, b]
    def inner(y):
        return x, y, c
    try:
        return inner(args)
    except (TypeError, ValueError) as e:
        raise RuntimeError("bad") from e
class K:
    def m(self):
        return {k: v for k, v in self.__dict__.items()}
'''
fields = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
          "co_code", "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_filename", "co_name",
          "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable"]
def compare(a, b, depth=0):
    for f in fields:
        if getattr(a, f) != getattr(b, f):
            print("  " * depth + "differs:", f)
    print("  " * depth + a.co_qualname, len(a.co_consts) == len(b.co_consts), list(a.co_positions()) == list(b.co_positions()))
    for x, y in zip(a.co_consts, b.co_consts):
        if type(x).__name__ == "code":
            compare(x, y, depth + 1)
        elif x != y or type(x) is not type(y):
            print("  " * depth + "const differs:", repr(x), repr(y))
code = compile(src, "fields.py", "exec")
back = marshal.loads(marshal.dumps(code))
compare(code, back)
print(type(back).__name__, [type(c).__name__ for c in back.co_consts])
