import _codecs as c
tests = ["c.utf_8_encode()", "c.utf_8_encode(1)", "c.utf_8_encode('a', 1)", "c.utf_8_encode('a', None, 1)", "c.utf_8_encode(str='a')",
"c.utf_8_decode()", "c.utf_8_decode(1)", "c.utf_8_decode(b'a', 1)", "c.utf_8_decode(b'a', None, 1, 2)", "c.utf_16_encode('a', None, 'x')",
"c.utf_16_ex_decode(b'a', None, 'x')", "c.charmap_decode()", "c.charmap_encode(1)", "c.charmap_build(1)", "c.charmap_build()",
"c.escape_encode('a')", "c.escape_decode(1)", "c.unicode_escape_encode(b'a')", "c.unicode_escape_decode(1)", "c.utf_7_encode(b'a')",
"c.lookup()", "c.lookup('a', 'b')", "c.encode()", "c.encode('a', 1)", "c.encode('a', 'utf-8', 1)", "c.encode('a', encoding='utf-8', errors='strict', x=1)",
"c.register_error('a')", "c.register_error(1, print)", "c.lookup_error(1)", "c.lookup_error()", "c.readbuffer_encode(1)", "c.latin_1_decode(b'\\xff\\x00')",
"c.ascii_decode(b'\\xff')", "c.ascii_encode('\\xff')", "c.latin_1_encode('\\u0100', 'replace')", "c.unregister(1)", "c.utf_32_decode(b'\\x00\\x00\\x11\\x00')",
"c.utf_8_decode(b'\\xed\\xa0\\x80')", "c.utf_8_decode(b'\\xf0\\x90')", "c.utf_8_decode(b'\\xf0\\x90', None, True)", "c.encode('a', 'utf-8', 'bogus')", "'\\xff'.encode('ascii', 'bogus')"]
for t in tests:
    try: print(t, "->", eval(t))
    except Exception as e: print(t, "!!", type(e).__name__, e)
