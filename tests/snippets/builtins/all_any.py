# all() and any(): empty iterables, short-circuiting, truthiness
print(all([]), any([]), all([1, 2, 3]), all([1, 0]), any([0, "", None]), any([0, "x"]))
def gen(log):
    for x in [1, 0, 2]:
        log.append(x)
        yield x
log = []
print(all(gen(log)), log)
log = []
print(any(gen(log)), log)
for f in [all, any]:
    try:
        f(5)
    except TypeError as e:
        print("TypeError:", e)
