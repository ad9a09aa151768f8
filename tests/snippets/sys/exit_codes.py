# sys.exit: None, ints and other objects; argument errors
import sys
for args in [(), (None,), (0,), (3,), ("message",), ((1, 2),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args)
for call in [lambda: sys.exit(1, 2), lambda: sys.exit(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
sys.exit("bye")
