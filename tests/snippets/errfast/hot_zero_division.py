# ZeroDivisionError from BINARY_OP in hot loops (no .NET throw): CPython's message for each operator and
# operand type, in-place forms, context, traceback; subclasses and other types keep their own behaviour.
class MyInt(int):
    def __floordiv__(self, other): return "MyInt.__floordiv__"
class R:
    def __rtruediv__(self, other): return "R.__rtruediv__"
def main():
    msgs = {}
    z, fz = 0, 0.0
    for i in range(1200):
        for a, b in ((i, z), (1.5, z), (i, fz), (2.5, fz), (True, z), (i, False), (10**30, z), (i, 10**30 - 10**30)):
            for k in range(3):
                try:
                    if k == 0: a / b
                    elif k == 1: a // b
                    else: a % b
                except ZeroDivisionError as e:
                    msgs[(type(a).__name__, type(b).__name__, k)] = (str(e), e.args, e.__traceback__.tb_lineno)
        x = i
        try: x //= z
        except ZeroDivisionError as e: ie = e
        try: x %= fz
        except ZeroDivisionError as e: ie2 = e
        try:
            try: 1 / 0
            except ZeroDivisionError: raise KeyError("k")
        except KeyError as e: ke = e
        r1 = MyInt(5) // 0
        r2 = i / R()
        r3 = (i + 1) // 1 + (i + 7) % 3 + (i + 1) / 2 + 7.5 // 2 + 7.5 % 2
        try: divmod(i, 0)
        except ZeroDivisionError as e: de = e
    for k in sorted(msgs): print(k, msgs[k])
    print(repr(ie), repr(ie2), repr(ke.__context__), ke.__context__.__traceback__.tb_lineno)
    print(r1, r2, r3, repr(de), x)
    print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, (-2**63) // -1, (-2**63) % -1, 7 / 2, -7.5 // 2, -7.5 % 2)
main()
def f():
    t = 0
    for i in range(1200):
        t += 100 // (1199 - i)
    return t
f()
