import codecs
for name in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    h = codecs.lookup_error(name)
    print(name, h.__name__)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
e = UnicodeEncodeError("ascii", "aéb€", 1, 2, "bad")
for name in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
    print(name, codecs.lookup_error(name)(e))
d = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad")
for name in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(name, codecs.lookup_error(name)(d))
for name in ["xmlcharrefreplace", "namereplace", "strict"]:
    try:
        codecs.lookup_error(name)(d)
    except Exception as ex:
        print(name, type(ex).__name__, ex)
try:
    codecs.lookup_error("strict")(1)
except TypeError as ex:
    print("TypeError:", ex)
print(codecs.lookup_error("surrogateescape")(UnicodeEncodeError("ascii", "a\udcff", 1, 2, "x")))
codecs.register_error("tagged", lambda exc: (f"[{exc.start}-{exc.end}]", exc.end))
print("aжжb€".encode("ascii", "tagged"), "aжb".encode("latin-1", "tagged"), b"a\xffb".decode("utf-8", "tagged"),
      b"a\x81b".decode("cp1252", "tagged"), "aжb".encode("cp1252", "tagged"), b"a\x80".decode("ascii", "tagged"))
codecs.register_error("bytesout", lambda exc: (b"<?>", exc.end))
print("aжb".encode("cp1252", "bytesout"))
codecs.register_error("badret", lambda exc: 1)
try:
    "ж".encode("cp1252", "badret")
except TypeError as ex:
    print("TypeError:", ex)
try:
    codecs.register_error("x", 1)
except TypeError as ex:
    print("TypeError:", ex)
print(b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
