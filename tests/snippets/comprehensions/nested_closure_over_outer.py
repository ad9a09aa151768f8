# an inner comprehension can use the outer comprehension's variable (a closure cell)
grid = [[(r, c) for c in range(r)] for r in range(3)]
print(grid)
funcs = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in funcs])
words = ["ab", "cde"]
print([[w + str(i) for i in range(len(w))] for w in words])

def outer():
    offset = 100
    return [[offset + r * 10 + c for c in range(2)] for r in range(2)]
print(outer())
