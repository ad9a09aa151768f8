import marshal
code = compile("x = 1", "m", "exec")
data = marshal.dumps(code)
for cut in (1, 5, 25, 30, 60, len(data) - 1):
    try:
        marshal.loads(data[:cut])
        print("ok", cut)
    except Exception as e:
        print(cut, type(e).__name__, e)
head = b"c" + b"\x00" * 20
tail = b")\x00)\x00)\x00s\x00\x00\x00\x00z\x01mz\x01nz\x01n\x01\x00\x00\x00s\x00\x00\x00\x00s\x00\x00\x00\x00"
for body in (b"N", b"s\x01\x00\x00\x00x" + tail):
    try:
        marshal.loads(head + body)
    except Exception as e:
        print(type(e).__name__, e)
made = marshal.loads(head + b"s\x02\x00\x00\x00xx" + tail)
print(type(made).__name__, made.co_name, made.co_filename, made.co_firstlineno, made.co_code)
