import json

bad = ['', ' ', '[', '{', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{1: 2}', '{"a"}', '"abc', '"a\\qb"', '"\\u12"',
       '"\\uzzzz"', '"a\tb"', '1 2', 'nul', 'tru', '[1,,2]', '-', '--1', '01', '.5', '1.', '[1e]', '"\\', '\ufeff1',
       '{"a": [1, {"b": }]}', '\n\n  [\n 1,\n ]']
for doc in bad:
    try:
        print(ascii(doc), "->", ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(ascii(doc), "->", e.msg, e.pos, e.lineno, e.colno)
for f in (lambda: json.loads(1), lambda: json.loads('1', bogus=1), lambda: json.JSONDecoder().scan_once("x", 0),
          lambda: json.JSONDecoder().raw_decode("[1", 0)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
import json.decoder as dec
print(dec.scanstring('abc" rest', 0), dec.scanstring('x"', 0, False))
try:
    dec.scanstring("abc", 10)
except ValueError as e:
    print("ValueError", e)
