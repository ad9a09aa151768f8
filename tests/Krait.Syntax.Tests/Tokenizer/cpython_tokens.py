#!/usr/bin/python3.11
"""CPython 3.11's C-tokenizer token stream for source files, for StdlibTokenParityTests.
Reads file paths from stdin; for each file that ast.parse accepts, writes "FILE path" and one
line per token: KIND lineno col end_lineno end_col (columns in UTF-8 bytes).
3.11 has no Python access to the C tokenizer: positions come from the tokenize module, adjusted
where the C tokenizer differs (see record_tokens.py). Keywords are NAME here."""
import ast, io, sys, token, tokenize

def bcol(line, col):
    return len(line[:col].encode('utf-8'))

def tokens(data):
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    enc = toks[0].string
    src = data.decode('utf-8-sig' if enc == 'utf-8' else enc)
    src = src.replace('\r\n', '\n').replace('\r', '\n')
    if not src.endswith('\n'):
        src += '\n'
    nlines = src.count('\n')
    lines = src.split('\n')
    out, prev = [], None
    for t in toks:
        if t.type in (tokenize.ENCODING, tokenize.NL, tokenize.COMMENT):
            prev = t
            continue
        (l, c), (el, ec) = t.start, t.end
        if t.type == tokenize.NEWLINE:
            cc = bcol(lines[l - 1], c)
            sc = cc
            if prev is not None and prev.type == tokenize.COMMENT and prev.start[0] == l:
                sc = bcol(lines[l - 1], prev.start[1])
            out.append(f"NEWLINE {l} {sc} {l} {cc}")
        elif t.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            ln = min(l, nlines)
            out.append(f"{token.tok_name[t.type]} {ln} -1 {ln} -1")
        elif (t.type == tokenize.ERRORTOKEN and prev is not None and prev.type == tokenize.NAME
              and prev.end == t.start and ('a' + t.string).isidentifier()):
            # tokenize's \w misses some XID_Continue characters (U+E0100…) the C tokenizer accepts.
            kind, pl, pc, _, _ = out[-1].split()
            out[-1] = f"{kind} {pl} {pc} {el} {bcol(lines[el - 1], ec)}"
            prev = tokenize.TokenInfo(prev.type, prev.string + t.string, prev.start, t.end, prev.line)
            continue
        else:
            out.append(f"{token.tok_name[t.exact_type]} {l} {bcol(lines[l - 1], c)} {el} {bcol(lines[el - 1], ec)}")
        prev = t
    return out

for line in sys.stdin:
    path = line.rstrip('\n')
    data = open(path, 'rb').read()
    try:
        ast.parse(data)
        toks = tokens(data)
    except Exception:
        continue
    print("FILE " + path)
    print("\n".join(toks))
