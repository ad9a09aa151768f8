# sum() errors: strings, bytes, bad operands, arguments
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "x"]), lambda: sum(1),
             lambda: sum([], start=1, x=2), lambda: sum(), lambda: sum([1], 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
