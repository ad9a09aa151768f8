# _posixsubprocess.fork_exec argument checking
import _posixsubprocess
import sys

print(sorted(n for n in dir(_posixsubprocess) if not n.startswith("__")))
good = [[b"true"], [b"/bin/true"], True, (), None, None, -1, -1, -1, -1, -1, -1, 3, 4, True, False, -1, None, None, None, -1, None, True]
for bad in [(), (1,) * 22]:
    try:
        _posixsubprocess.fork_exec(*bad)
    except TypeError as e:
        print(e)
try:
    _posixsubprocess.fork_exec(*good, extra=1)
except TypeError as e:
    print(e)
for i, v, in [(3, [1]), (3, (5, 4)), (3, (-1,)), (3, ("x",)), (6, "x"), (1, ["/bin/true"]), (0, 5)]:
    args = list(good)
    args[i] = v
    try:
        _posixsubprocess.fork_exec(*args)
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
args = list(good)
args[2] = True
args[13] = 2
try:
    _posixsubprocess.fork_exec(*args)
except ValueError as e:
    print(e)
