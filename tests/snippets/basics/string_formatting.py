name, n, x = "Krait", 42, 3.14159
print(f"{name} {n} {x}")
print(f"{name!r} {name!s} {'é'!a} {n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05d}")
print(f"{x:.2f} {x:10.3f}| {x:e} {x:g} {1e20:g} {0.5:%} {1234567:,} {1234567:_}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#b} {-255:x}")
print(f"{n=} {x = :.1f} {name=!r}")
w = 8
print(f"[{name:*^{w}}] [{'nested':{'>'}{w}}]")
print(f"{{braces}} {n + 1} {[i * 2 for i in range(3)]} {'a' if n else 'b'}")
print("%s is %d years, %.3f, %5s|%-5s|%x %o %e %%" % (name, n, x, "ab", "cd", 255, 8, 1234.5))
print("%(a)s-%(b)r" % {"a": 1, "b": "two"})
print("{} {} {}".format(1, "a", None), "{1} {0} {1}".format("x", "y"), "{k}={v}".format(k="key", v=0))
print("{0:>6.2f}|{0:<+8.1e}|{1!r:>6}".format(x, "s"))
print(format(12.5, "08.3f"), format(True, "d"), format(3, "c"), format(-0.0, ".1f"))
