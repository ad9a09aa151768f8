# names used in a comprehension resolve to globals/builtins as usual
counter = 0
def bump(x):
    global counter
    counter += 1
    return x

print([bump(c) for c in "abc"], counter)

len = lambda s: "shadowed"
print([len(w) for w in ["x", "yy"]])
del len
print([len(w) for w in ["x", "yy"]])

def uses_later_global():
    return [later * 2 for _ in range(2)]
later = 21
print(uses_later_global())
