import codecs
for call in [lambda: "ж".encode("cp1252"), lambda: "aжжb".encode("latin-2"), lambda: b"\x81".decode("cp1252"),
             lambda: b"ab\x8d\x90".decode("cp1252"), lambda: "€".encode("cp437")]:
    try:
        call()
    except UnicodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
print("ж€x".encode("cp1252", "xmlcharrefreplace"), "ж€x".encode("cp437", "backslashreplace"), "ж€x".encode("cp437", "ignore"))
print(b"\x81\x8da".decode("cp1252", "replace"), b"\x81a".decode("cp1252", "ignore"), b"\x81a".decode("cp1252", "backslashreplace"))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", "xyz"), codecs.charmap_decode(b"\x00\x01", None, {0: "ab", 1: 0x263A}))
print(codecs.charmap_decode(b"\x00", None, {0: None} if False else {0: "q"}), codecs.charmap_decode(b"\x00\x01"))
print(codecs.charmap_encode("ab", None, {97: 1, 98: b"zz"}), codecs.charmap_encode("ab", "strict", codecs.charmap_build("ba")))
print(codecs.charmap_build("abc"), type(codecs.charmap_build("\x00abc")).__name__)
for args in [(b"\x05", None, "ab"), (b"\x00", None, {0: 2**40}), (b"\x00", None, {0: 1.5}), (b"\x00", None, {0: "\ufffe"})]:
    try:
        print(codecs.charmap_decode(*args))
    except (UnicodeDecodeError, TypeError) as e:
        print(type(e).__name__, e)
for args in [("é", None, {}), ("a", None, {97: 300}), ("a", None, {97: "s"}), ("a", None, {97: None})]:
    try:
        print(codecs.charmap_encode(*args))
    except (UnicodeEncodeError, TypeError) as e:
        print(type(e).__name__, e)
