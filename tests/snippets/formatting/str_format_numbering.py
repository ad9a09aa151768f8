# str.format: automatic {} numbering, manual {0} numbering, and never both.
print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {1}".format("a", "b", "c"))
print("{0}{0}{00}".format("x"))
print("{}".format(*range(1)), "{} and {}".format(*"xy"))
for fmt, args in (("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{} {1}", (1, 2)), ("{:{}}", (1, 2)), ("{0:{}}", (1, 2)), ("{:{0}}", (1, 2))):
    try:
        print(repr(fmt), fmt.format(*args))
    except ValueError as e:
        print(repr(fmt), "ValueError:", e)
