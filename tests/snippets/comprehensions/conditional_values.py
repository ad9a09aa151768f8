# conditional expressions in the value part vs. filtering with if
nums = range(-3, 4)
print([n if n >= 0 else -n for n in nums])
print([n for n in nums if n >= 0])
print(["fizz" if i % 3 == 0 else "odd" if i % 2 else i for i in range(1, 7)])
print([x for x in range(20) if x % 2 == 0 if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y if x + y == 3])
print([c for c in "Hello World" if c.isupper() or c == " "])
print(sum(1 for c in "mississippi" if c == "s"))
