# chained assignments mixing unpacking, and augmented assignment restrictions
a, b = c, d = 1, 2
print(a, b, c, d)
x = p, q = (3, 4)
print(x, p, q)
first, *rest = whole = "abc"
print(first, rest, whole)
lst = [1, 2]
lst[0], lst[1] = lst[1], lst[0]
lst += (3, 4)
print(lst)
for src in ["a, b += 1, 2", "[a] += [1]", "*a += [1]", "f() += 1", "a, b = 1, 2 = x"]:
    try:
        compile(src, "<aug>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(f"{src!r}: {e.msg}")
