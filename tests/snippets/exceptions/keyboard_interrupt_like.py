def f():
    raise KeyboardInterrupt

try:
    f()
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, KeyboardInterrupt.__mro__)
print(issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception))
f()
