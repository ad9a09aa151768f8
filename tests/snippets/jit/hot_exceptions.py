# Code compiled after it ran hot (1000+ calls or loop iterations) must raise, catch and unwind exactly as
# the eval loop does: handlers, finally with return/break/continue, chaining, tracebacks.
def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return f"zero: {e}"
    finally:
        pass

def flow(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == n - 2:
                break
            out.append(i)
        finally:
            out.append(-1)
    return len(out), out[-3:]

def chained(i):
    try:
        {}[i]
    except KeyError as e:
        raise ValueError(f"bad {i}") from e

def context(i):
    try:
        raise TypeError(i)
    except TypeError:
        try:
            raise OSError(i)
        except OSError as inner:
            return type(inner.__context__).__name__

results = []
for i in range(3000):
    results.append(divide(i, i % 4))
print(results[:6], results[-1])
print(flow(5000))
for i in range(2000):
    try:
        chained(i)
    except ValueError as e:
        last = e
print(last, repr(last.__cause__), last.__suppress_context__)
print({context(i) for i in range(1500)})

def unbound(flag):
    if flag:
        x = 1
    return x

for i in range(1500):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def deep(n):
    return deep(n + 1) + 1

for i in range(1200):
    divide(1, 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

def outer(i):
    return inner(i)

def inner(i):
    if i == 2999:
        raise RuntimeError("from a hot function")
    return i

for i in range(3000):
    outer(i)
