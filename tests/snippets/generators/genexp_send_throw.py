# generator expressions are full generators: send, throw, close
g = (x * 2 for x in range(5))
print(next(g))
print(g.send(None))
print(g.send("ignored value"))
try:
    g.throw(IndexError("thrown"))
except IndexError as e:
    print("IndexError:", e)
print(list(g))
g = (x for x in range(3))
g.close()
print(list(g))
print(g.gi_code.co_name, g.gi_code.co_argcount, g.gi_code.co_varnames)
