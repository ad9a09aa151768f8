import _json, json

print(sorted(n for n in dir(_json) if not n.startswith("__")))
print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner,
      json.encoder.c_make_encoder is _json.make_encoder)
print(_json.encode_basestring_ascii("a\u00e9\U0001F600\"\\\n\x01"), _json.encode_basestring("a\u00e9\"\x01"))
e = _json.make_encoder({}, str, _json.encode_basestring_ascii, None, ": ", ", ", True, False, True)
print(e({"b": [1, 2.0], "a": None}, 0), e.key_separator, e.item_separator, e.sort_keys, e.skipkeys, e.markers)
s = _json.make_scanner(json.JSONDecoder(parse_int=float))
print(type(s).__name__, s('[1, {"k": 2}]', 0), s.strict, s.parse_int)
try:
    s("]", 0)
except StopIteration as ex:
    print("StopIteration", ex.value)
for f in [lambda: _json.scanstring(1, 0), lambda: _json.scanstring("a", 0, strict=True), lambda: _json.scanstring(),
          lambda: _json.encode_basestring_ascii(b"x"), lambda: _json.make_encoder(), lambda: _json.make_encoder(1, 2, 3, 4, ":", ",", 0, 0, 0),
          lambda: e(), lambda: e(1), lambda: s(1, 0), lambda: s("1", -1), lambda: _json.make_scanner(1),
          lambda: _json.make_encoder(None, None, lambda x: 5, None, ":", ",", 0, 0, 0)(["s"], 0)]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
