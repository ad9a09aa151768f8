# nonlocal and global misuse is a compile-time SyntaxError
sources = [
    "def f():\n    nonlocal x",
    "nonlocal x",
    "def f():\n    x = 1\n    global x",
    "def f(x):\n    global x",
    "def f(x):\n    nonlocal x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "class C:\n    nonlocal y",
]
for src in sources:
    try:
        compile(src, "<scope>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"line {e.lineno}: {e.msg}")
