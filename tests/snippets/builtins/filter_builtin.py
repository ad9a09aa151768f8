# filter(): None or bool as the predicate, a function, laziness, errors
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(bool, [0, 2])))
print(list(filter(lambda x: x % 2, range(7))), type(filter(None, [])).__name__)
f = filter(str.isdigit, "a1b2")
print(next(f), list(f))
for call in [lambda: filter(), lambda: filter(None), lambda: filter(None, 1), lambda: filter(None, [1], x=1),
             lambda: filter(None, [], [])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
