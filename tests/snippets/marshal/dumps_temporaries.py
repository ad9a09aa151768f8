import marshal
# A value built for the call is held by the call alone: no FLAG_REF on it (CPython's refcount is 1).
print(marshal.dumps([1, 2]))
print(marshal.dumps([1, 2, 3, 4]))
print(marshal.dumps({"a": 1}))
print(marshal.dumps({1, 2, 3}))
print(marshal.dumps((1, [2])))
print(marshal.dumps(2**200))
print(marshal.dumps(-(3**100)))
print(marshal.dumps(frozenset({1})))
print(marshal.dumps(f"{1}{2}"))
print(marshal.dumps(compile("x = 1", "t.py", "exec")))
# Loaded from a variable, a constant, an attribute or an item: held elsewhere too.
items = [1, 2]
print(marshal.dumps(items))
print(marshal.dumps(1000))
print(marshal.dumps("hello world"))
print(marshal.dumps(items[0]))
class Holder:
    value = [3]
print(marshal.dumps(Holder.value))
def f():
    local = [4]
    return marshal.dumps(local), marshal.dumps(local, 2)
print(f())
# Small ints and interned strs are always shared.
print(marshal.dumps(sum([1, 2])), marshal.dumps("ab" + "c"))
