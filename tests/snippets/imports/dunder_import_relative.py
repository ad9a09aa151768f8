# __import__ with level > 0: the package comes from __package__, __spec__.parent or __name__/__path__
import _pkg_basic
sub = __import__("sub", {"__package__": "_pkg_basic"}, None, ["value"], 1)
print(sub.__name__, sub.value)
top = __import__("sub", {"__package__": "_pkg_basic"}, None, None, 1)
print(top.__name__)
pkg = __import__("", {"__package__": "_pkg_basic"}, None, None, 1)
print(pkg.__name__)
other = __import__("other", {"__name__": "_pkg_basic.whatever"}, None, ["where"], 1)
print(other.where())
other = __import__("other", {"__name__": "_pkg_basic", "__path__": []}, None, ["where"], 1)
print(other.__name__)
print(__import__("sub", {"__spec__": _pkg_basic.sub.__spec__}, None, ["x"], 1).__name__)
attempts = [
    ({"__package__": 5}, TypeError),
    ({"__name__": 5}, TypeError),
    ({}, KeyError),
    ({"__name__": "toplevel"}, ImportError),
    ({"__package__": ""}, ImportError),
    ({"__package__": "_pkg_basic"}, ImportError),
]
for g, exc in attempts:
    try:
        __import__("x", g, None, None, 2 if g.get("__package__") == "_pkg_basic" else 1)
    except exc as e:
        print(type(e).__name__, e)
for bad in (None, [1, 2]):
    try:
        __import__("x", bad, None, None, 1)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    __import__("_pkg_basic", fromlist=[1])
except TypeError as e:
    print("TypeError:", e)
print(__import__("_pkg_basic", fromlist=["no_such_submodule"]).__name__)
print(__import__(name="_pkg_basic.sub", level=0).__name__)
try:
    __import__("_pkg_basic", nonsense=1)
except TypeError as e:
    print("TypeError:", e)
