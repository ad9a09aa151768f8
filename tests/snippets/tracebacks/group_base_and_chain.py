# A BaseExceptionGroup with chained members: chains print inside the box with its margin.
import sys

def inner():
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("while looking up") from e

members = []
try:
    inner()
except ValueError as e:
    members.append(e)
try:
    raise RuntimeError("second")
except RuntimeError as e:
    members.append(e)
members.append(KeyboardInterrupt())
try:
    raise BaseExceptionGroup("mixed", members)
except BaseExceptionGroup as eg:
    print(type(eg).__name__, eg)
    sys.excepthook(type(eg), eg, eg.__traceback__)
