# SyntaxWarnings the compiler reports (shown on stderr with the source line when the file exists).
def checks(x):
    print(x is 1, x is not "a", x is None, 1 is x is 2)
    assert (x, "message")
    try:
        (1, 2)(3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        [1, 2]["a"]
    except TypeError as e:
        print("TypeError:", e)
    try:
        5[0]
    except TypeError as e:
        print("TypeError:", e)
    return "abc"[1], (1, 2)[x:], "s" % () if False else 0

print(checks(0))
code = compile("x = 3\nprint(x is 3)\nassert (x, 1)\n", "generated.py", "exec")
exec(code)
print(compile("{1}[0] if 0 else 1", "<expr>", "eval") is not None)
