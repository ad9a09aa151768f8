import marshal
code = compile("def f():\n    return 1\n", "r.py", "exec")
inner = code.co_consts[0]
print(marshal.dumps([inner, inner]) == marshal.dumps([inner, inner]))
both = marshal.loads(marshal.dumps([code, code]))
print(both[0] is both[1], type(both[0]).__name__)
data = marshal.dumps({"code": code, "again": code})
r = marshal.loads(data)
print(r["code"] is r["again"], r["code"].co_name, r["code"].co_consts[0].co_name)
