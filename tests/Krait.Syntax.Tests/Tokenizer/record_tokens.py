"""Records tokens.jsonl: the token stream CPython 3.11's C tokenizer produces for each snippet.
Run with the oracle (3.11.2) from the repository root:
    /usr/bin/python3.11 tests/Krait.Syntax.Tests/Tokenizer/record_tokens.py
3.11 has no Python access to the C tokenizer; positions come from the tokenize module, adjusted
where the C tokenizer differs (checked against AST positions over the whole stdlib):
NEWLINE is zero-width at its newline (from a trailing comment's start if there is one),
INDENT/DEDENT/ENDMARKER have column -1 and the line the C tokenizer is on, COMMENT/NL are not
tokens, columns are UTF-8 bytes. Keywords keep their own kind (the keyword itself)."""
import io, json, keyword, os, token, tokenize, ast

SNIPPETS = [
    "x = 1\n",
    "x = 1",
    "",
    "\n\n",
    "# only a comment",
    "if x:\n    y = 2\nelse:\n    pass\n",
    "if x:\n    y = 2\n\n  # comment\n\n    z\n",
    "def f(a, *b, **c) -> int:\n    return a\n",
    "class C(B, metaclass=M):\n    @dec\n    def m(self): ...\n",
    "x = (1,\n     2)\ny = [\n  3\n]\n",
    "x = 1 + \\\n    2\n",
    "if x:\n    a = 1 \\\n        + 2\n    b\n",
    "s = 'abc' \"def\" '''g\nh''' \"\"\"i\n\nj\"\"\"\n",
    "s = r'\\d', b'x', br'y', Rb'z', f'{x}', rf'{y}', FR'z', u'u', U\"u\", bR'q', RB'q', fR'q'\n",
    "s = 'a\\'b' \"a\\\"b\" 'a\\\\'\n",
    "s = '''a\\'''b'''\n",
    "x = 'é' + \"😀\" + 'ü'; y = 1\n",
    "é = 1\nλ = é + 2\n𝔘 = 3\n",
    "n = 0, 1, 0x1F, 0o17, 0b101, 1_000, 0_0, 00, 1.5, .5, 5., 1e10, 1E-5, 1.5e+3, 3j, 1.5J, 0j, 1_0.0_1e1_0j, 0xdead_beef, 0B1, 0O7, 0XaB\n",
    "n = 1if x else 2\n",
    "a += 1; b -= 1; c *= 1; d /= 1; e //= 1; f %= 1; g **= 1; h >>= 1; i <<= 1; j &= 1; k |= 1; l ^= 1; m @= 1\n",
    "a == b != c <= d >= e < f > g << h >> i ** j // k -> l := m ... n . o ~ p\n",
    "async def f():\n    await x\n    async with a as b:\n        pass\n",
    "match x:\n    case [1, _]:\n        pass\n",
    "lambda: (yield)\nnonlocal x; global y; del z\n",
    "x = {'a': 1, **b}\n",
    "try:\n    pass\nexcept* E:\n    pass\nfinally:\n    pass\n",
    "if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n",
    "x = 1\r\ny = 2\r\n",
    "x = '''a\r\nb'''\r\n",
    "x = 1  # comment\n",
    "x = (1  # comment\n     + 2)\n",
    "\fx = 1\nif x:\n\f    y\n",
    "if x:\n    y\n\f  \n    z\n",
    "with (open(a) as b, open(c) as d):\n    pass\n",
    "print(f'{x!r:>{width}}')\n",
    "x = a if b else c\n",
    "for i in range(10): print(i)\n",
    "while True:\n    break\n    continue\n",
    "import a.b as c\nfrom . import d\nfrom .. e import f\n",
    "assert x, 'msg'\nraise E from e\n",
    "x = [i for i in y if i]\n",
    "@a.b(c)\nclass D: pass\n",
    "x = ...\n",
    "def f():\n    if x:\n        return\n",
    "def f():\n    if x:\n        return",
    "x\\\n = 1\n",
    "a = b'\\xff' 'é' \n",
    "z = 1\n    \n",
    "if a:\n    pass\n# c\n",
]

def bcol(line, col):
    return len(line[:col].encode('utf-8'))

def c_tokens(src):
    data = src.encode('utf-8')
    text = src.replace('\r\n', '\n').replace('\r', '\n')
    if not text.endswith('\n'):
        text += '\n'
    nlines = text.count('\n')
    lines = text.split('\n')
    out = []
    prev = None
    for t in tokenize.tokenize(io.BytesIO(data).readline):
        if t.type in (tokenize.ENCODING, tokenize.NL, tokenize.COMMENT):
            prev = t
            continue
        (l, c), (el, ec) = t.start, t.end
        if t.type == tokenize.NEWLINE:
            cc = bcol(lines[l - 1], c)
            sc = cc
            if prev is not None and prev.type == tokenize.COMMENT and prev.start[0] == l:
                sc = bcol(lines[l - 1], prev.start[1])
            out.append(["NEWLINE", l, sc, l, cc, ""])
        elif t.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            ln = min(l, nlines)
            out.append([token.tok_name[t.type], ln, -1, ln, -1, ""])
        else:
            kind = token.tok_name[t.exact_type]
            if t.type == tokenize.NAME and keyword.iskeyword(t.string):
                kind = t.string
            text_ = t.string.replace('\r\n', '\n').replace('\r', '\n')
            out.append([kind, l, bcol(lines[l - 1], c), el, bcol(lines[el - 1], ec), text_])
        prev = t
    return out

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'tokens.jsonl'), 'w', encoding='utf-8') as f:
    for s in SNIPPETS:
        f.write(json.dumps({"src": s, "tokens": c_tokens(s)}, ensure_ascii=False) + "\n")
