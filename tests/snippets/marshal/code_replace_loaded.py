# code.replace() on a code object read back by marshal (as every cached module's code is): the
# constants come from the loaded object (types.coroutine in asyncio does this at import).
import marshal, types

def f(a, b=2):
    return a + b, "const", 3.5

co = marshal.loads(marshal.dumps(f.__code__))
co2 = co.replace(co_name="g", co_qualname="g")
print(co2.co_name, co2.co_qualname, co2.co_consts == co.co_consts, co2.co_consts)
co3 = co.replace(co_consts=co.co_consts + ("extra",))
print(co3.co_consts[-1], len(co3.co_consts))
g = types.FunctionType(co2, {}, "g", (5,))
print(g(1), g(1, 1))
co4 = co.replace(co_flags=co.co_flags | 0x100)  # CO_ITERABLE_COROUTINE, as types.coroutine sets
print(bool(co4.co_flags & 0x100), co4.co_code == co.co_code)
