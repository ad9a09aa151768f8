# exec/eval/compile with explicit globals and locals
g = {"x": 10}
print(eval("x + 1", g))
print(sorted(g) == ["__builtins__", "x"])
loc = {"y": 5}
print(eval("x * y", g, loc))
exec("z = x + y", g, loc)
print(loc["z"], "z" in g)
exec("def f():\n    return x\nw = f()", g)
print(g["w"])
code = compile("a + b", "<expr>", "eval")
print(type(code).__name__, code.co_filename, code.co_name, eval(code, {"a": 1, "b": 2}))
single = compile("1 + 1", "<single>", "single")
print(single.co_name)
exec(compile("r = [i for i in range(3)]", "<exec>", "exec"), g)
print(g["r"])
print(eval("len('abc')", {}), eval("__builtins__ is not None", {}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename)
print(exec("1 + 1"), eval("  7  "))
try:
    compile("1", "<s>", "bad mode")
except ValueError as e:
    print("ValueError:", e)
