# inside a comprehension, locals() is the comprehension's own namespace (3.11)
def f(a):
    b = 2
    inner = [sorted(locals()) for x in range(1)]
    uses_a = [sorted(locals()) for x in range(1) if a]
    return sorted(locals()), inner, uses_a

print(f(1))
print([sorted(locals()) for y in range(1)])
print([[sorted(locals()) for q in range(1)] for p in range(1)])
