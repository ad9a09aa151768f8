import json

docs = ['1', '-0', '3.25', '-1.5e3', '1E+2', '123456789012345678901234567890', 'true', 'false', 'null',
        '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"\\u00e9\\ud83d\\ude00\\ud800x"', '[]', '{}', ' [1, [2, [3]], {"k": []}] ',
        '{"a": 1, "a": 2}', 'NaN', '-Infinity', 'Infinity', '[1e400, -1e400]', '"\u00e9\U0001F600"', '{"\U0001F600": [1, "x"]}']
for d in docs:
    v = json.loads(d)
    print(ascii(d), "->", ascii(v), type(v).__name__)
print(json.loads(b'{"bytes": true}'), json.loads('[1, 2]'.encode("utf-16")))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('"tab\there"', strict=False))
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'), d.scan_once('[1]', 0))
