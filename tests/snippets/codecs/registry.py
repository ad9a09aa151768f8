import codecs
seen = []
def search(name):
    seen.append(name)
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
    return None
codecs.register(search)
print("hi".encode("My Codec"), b"HI".decode("my-codec"), codecs.lookup("MY_CODEC").name, seen)
print(codecs.lookup("utf8").name, codecs.lookup("Latin-1").name, codecs.lookup("cp1252").name)
try:
    codecs.lookup("no such codec")
except LookupError as e:
    print("LookupError:", e)
print(seen)
codecs.unregister(search)
try:
    "x".encode("my_codec")
except LookupError as e:
    print("LookupError:", e)
def bad(name):
    return (1, 2) if name == "bad_codec" else None
codecs.register(bad)
try:
    codecs.lookup("bad_codec")
except TypeError as e:
    print("TypeError:", e)
for expr in ["codecs.register(1)", "codecs.lookup(1)", "codecs.encode(1, 'utf-8')", "codecs.decode('x', 'utf-8')",
             "'x'.encode('rot13')", "b'x'.decode('rot13')", "codecs.encode('abc', 'rot13')", "codecs.decode('nop', 'rot_13')"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
