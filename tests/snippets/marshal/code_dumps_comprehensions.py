import marshal
src = '''
squares = [i * i for i in range(10)]
evens = {i for i in range(10) if i % 2 == 0}
table = {k: v for k, v in zip("abc", range(3))}
total = sum(x for x in squares)
f = lambda a, b=2: a * b
g = lambda: (lambda: 0)
'''
code = compile(src, "comp.py", "exec")
data = marshal.dumps(code)
print(data)
