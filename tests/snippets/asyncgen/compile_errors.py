# compile-time errors specific to async generators
sources = [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from [1]\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    return [x async for x in y]\n",
    "async def f():\n    yield 1\n    return\n",
]
for src in sources:
    try:
        compile(src, "<agen>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "| line", e.lineno)
