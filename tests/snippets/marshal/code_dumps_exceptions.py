import marshal
src = '''
try:
    import missing
except ImportError as e:
    err = e
except* ValueError:
    pass
finally:
    done = True
with open("f") as fh, open("g") as gh:
    pass
for i in range(3):
    try:
        continue
    finally:
        break
'''
try:
    code = compile(src, "exc.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
src = src.replace("except* ValueError:\n    pass\n", "")
code = compile(src, "exc.py", "exec")
data = marshal.dumps(code)
print(data)
