# the __import__ builtin: top-level package vs submodule with a fromlist
top = __import__("_pkg_basic.sub")
print(top.__name__)
sub = __import__("_pkg_basic.sub", fromlist=["value"])
print(sub.__name__, sub.value)
other = __import__("_pkg_basic", globals(), None, ["other"], 0)
print(other.__name__, other.other.where())
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("_pkg_basic", level=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
