import marshal
sources = [
    "x = 1\n",
    "pass\n",
    "longname = 1000\nother = 1000\ns = 'hello world'\nt = 'hello world'\nu = 'ab_c'\n",
    "import sys\nfrom os import path as p\nprint(sys.argv, p)\n",
    "a, *b = [1, 2, 3]\ndel a\nglobal g\n",
]
for src in sources:
    code = compile(src, "mod.py", "exec")
    data = marshal.dumps(code)
    print(data)
code = compile("1 + x", "<expr>", "eval")
data = marshal.dumps(code)
print(data)
code = compile("y = 2", "<stdin>", "single")
data = marshal.dumps(code)
print(data)
