import marshal
src = '''
def fail(x):
    return x["key"] + 1

def run():
    return fail({"key": "s"})
'''
code = compile(src, "tb_source.py", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(code)), ns)
run = ns["run"]
print(run.__code__.co_firstlineno, ns["fail"].__code__.co_firstlineno)
print([p for p in ns["fail"].__code__.co_positions()][-3:])
run()
