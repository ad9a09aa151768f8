"""Records errors.jsonl: for each source (bytes) whose first error is the tokenizer's (or the
source decoder's), the SyntaxError python3.11 raises for compile(src, 'f', 'exec', PyCF_ONLY_AST):
[type, msg, lineno, offset, end_lineno, end_offset] (None as null); and errors_str.jsonl: the same
for the text sources given as str (CPython then reports character offsets everywhere).
Run with the oracle (3.11.2) from the repository root:
    /usr/bin/python3.11 tests/Krait.Syntax.Tests/Tokenizer/record_errors.py"""
import ast, base64, json, os

S = [
    # brackets
    "x = (1,\n", "x = ([)\n", "x = )\n", "x = (\n]\n", "x = {\n\n   )\n", "foo(a, [b\n", "x = (\n  1,\n  [2,\n",
    "é = (\n", "x = 'é' + (\n", "(" * 201 + "\n", "x = (" * 100 + "\n", "]\n", "x = [1, 2}\n", "x = (1,", "x = [\n# c\n",
    # continuation lines
    "x = 1 \\ y\n", "x = '''a\nb''' \\ y\n", "x = 1 + \\\n  2 \\ y\n", "if x:\n  \\\n  y \\ z\n",
    "x = '''é\nb''' \\ y\n", "x = f(2)\\\u00a0\n", "x = f(2)\\€ + 1\n", "x = 'é'\\€ + 1\n", "x = 1\\\\\n", "x = 1\\", "x = 1 + \\\n", "x = (1 + \\\n", "if x:\n    \\\n", "x = 'é' \\ y\n",
    # indentation
    "if x:\n\tpass\n        y\n", "if x:\n        pass\n\ty\n", "if x:\n  y\n z\n", "if x:\n    a\n  b\n",
    "if x:\n \tpass\n\t y\n", "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n",
    "if x:\n  é\n é\n", "if x:\n\tif y:\n\t\tpass\n  \tz\n", "if x:\n        a\n\tb\n",
    "if x:\n  \\\n  y\n  z\n w\n", "if x:\n  \\\n  y\n  z\n\tw\n",
    # strings
    "x = 'abc\n", "x = \"\"\"abc\n\nd\n", "x = 'é\n", "x = '''\n", "a = 1\nx = f'abc\n", "x = rb'\\'\n",
    "x = 'a\\\nb\n", "x = \"abc\\\"\n", "x = (\n'abc\n)\n", "s = u'''\n\n\n", "s = b'a' + B\"\"\"\n", "x = 'abc",
    "x = '😀😀\n", "if x:\n    s = '''a\n  b\n",
    # numbers
    "1abc\n", "0x\n", "0x1g\n", "0o8\n", "0o\n", "0b2\n", "0b\n", "012\n", "0_\n", "1_\n", "1__0\n", "1e\n",
    "1e+\n", "1jx\n", "1andy\n", "1orx\n", "1notx\n", "1eif 1 else 2\n", "0o18\n", "0o1_8\n", "0b1_2\n",
    "0b12\n", "0x_\n", "0x1_\n", "0o_\n", "0b_\n", "1.5_\n", "1.5e\n", "1.5e-\n", "1.5e-_1\n",
    "1_000.000_1e1_0jx\n", "x = 00012\n", "x = 09.5x\n", "x = 0e\n", "x = .5x\n", "x = 1€\n", "0b1x\n",
    "0o7x\n", "x = 1.e\n", "é = 1x\n", "é = 0012\n", "x = 0b1_\n",
    # identifiers and stray characters
    "x = a€b\n", "x = €\n", "x = \u00a0\n", "x = a\u00a0\n", "\x01\n", "x = 1 \x0b\n", "x = \u200b\n",
    "x = 𝔘\u00a0\n", "x = 😀\n", "x = a😀\n", "x = ₿\n", "x = ·a\n", "x = ⸯ\n", "x = ゛\n", "x = ﹰ\n",
    "x = é€\n", "x = 1é\n", "0x1f€\n", "1jé\n", "1eé\n", "1andé\n", "0o7é\n", "0b1é\n", "1.5é\n",
]
B = [s.encode('utf-8') for s in S] + [
    # decoding
    b"\xff\n", b"# coding: xxx\nx=1\n", b"\xef\xbb\xbf# coding: latin-1\nx=1\n",
    b"# vim: set fileencoding=ascii :\nx='\xc3\xa9'\n", b"x = 1\n\n\xff = 2\n", b"#coding:ascii\nx = 1 # \xe9\n",
    b"# coding: uTF-8\n\xff\n", b"a\xe2\x82b = 1\n", b"x = a\xc3\n", b"#coding=cp1252\n\x81 = 1\n",
    b"#coding=cp1252\r\n\r\n\x81 = 1\n", b"\xef\xbb\xbf#coding:utf8\n\xe9=1\n", b"x\x00 = 1\n",
    b"#coding:latin-1\r\n\xe9 = )\n", b"\n\n# coding: latin-1\n\xe9 = )\n", b"#coding:ascii \n\xe9\n",
    b"x = 1\r\ny = (\r\n", b"x = 1\ry = 'abc\r", b"\\\n# coding: latin-1\n\xe9 = )\n", b"3\x8c\n",
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'errors.jsonl'), 'w', encoding='utf-8') as f:
    for src in B:
        try:
            compile(src, 'f', 'exec', ast.PyCF_ONLY_AST)
            raise SystemExit(f"no error: {src!r}")
        except SyntaxError as e:
            err = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except ValueError as e:
            err = [type(e).__name__, str(e), None, None, None, None]
        f.write(json.dumps({"src": base64.b64encode(src).decode(), "error": err}, ensure_ascii=False) + "\n")

with open(os.path.join(here, 'errors_str.jsonl'), 'w', encoding='utf-8') as f:
    for src in S:
        try:
            compile(src, 'f', 'exec', ast.PyCF_ONLY_AST)
            raise SystemExit(f"no error: {src!r}")
        except SyntaxError as e:
            err = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        f.write(json.dumps({"src": src, "error": err}, ensure_ascii=False) + "\n")
