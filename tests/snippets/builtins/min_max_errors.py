# min() and max() errors
for call in [lambda: min([]), lambda: max(()), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0),
             lambda: max(1, "a"), lambda: min([1], foo=2), lambda: max([1, 2], key=5)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
