try:
    compile("x = (", "mod.py", "exec")
except SyntaxError as ex:
    print(ex.msg, ex.filename, ex.lineno, ex.offset, repr(ex.text), ex.end_lineno, ex.end_offset)
    print(str(ex))
try:
    compile("if x:\npass", "<s>", "exec")
except IndentationError as ex:
    print(type(ex).__name__, ex.msg, ex.lineno, ex.offset, str(ex))
try:
    compile("a b", "f.py", "eval")
except SyntaxError as ex:
    print(ex.args)
try:
    eval("1 +")
except SyntaxError as ex:
    print(ex.args, str(ex))
