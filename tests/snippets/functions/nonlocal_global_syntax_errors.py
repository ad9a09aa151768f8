sources = [
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f(a, a):\n    pass\n",
    "def f(a=1, b):\n    pass\n",
    "def f(*, **k):\n    pass\n",
    "def f(**k, a):\n    pass\n",
    "f(a=1, a=2)\n",
    "f(**k, *a)\n",
    "f(a=1, 2)\n",
    "def f():\n    return\n    yield\nreturn 5\n",
    "class C:\n    nonlocal y\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "line", e.lineno)
