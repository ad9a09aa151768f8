#!/usr/bin/python3.11
"""Snippets of Python code taken from CPython's own regression tests (the doctest examples and the
string constants of the test modules named on the command line), each with CPython's verdict.

Writes one JSON object per line: {"src": snippet, "verdict": "OK <sha256 of ast.dump>" or
"ERR type|msg|lineno|offset|end_lineno|end_offset"}. Snippets on which ast.parse raises anything
but a SyntaxError are left out. Used by SnippetParityTests; run by the test with /usr/bin/python3.11.
"""
import ast, doctest, hashlib, json, sys

parser = doctest.DocTestParser()


def snippets(path):
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and 3 <= len(node.value) < 2000:
            text = node.value
            if '>>>' in text:
                try:
                    for ex in parser.get_examples(text):
                        yield ex.source
                except ValueError:
                    pass
            yield text
            if not text.endswith('\n'):
                yield text + '\n'


def verdict(data):
    try:
        tree = ast.parse(data, '<snippet>')
    except SyntaxError as e:
        # Krait's PythonSyntaxError has no None: CPython's missing end position reads as 0.
        end_lineno = 0 if e.end_lineno is None else e.end_lineno
        end_offset = 0 if e.end_offset is None else e.end_offset
        return f'ERR {type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{end_lineno}|{end_offset}'
    text = ast.dump(tree, include_attributes=True)
    return 'OK ' + hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()


seen = set()
out = sys.stdout
for path in sys.argv[1:]:
    for src in snippets(path):
        if src in seen:
            continue
        seen.add(src)
        try:
            data = src.encode('utf-8')
            v = verdict(data)
        except (UnicodeEncodeError, ValueError, MemoryError, RecursionError):
            continue
        out.write(json.dumps({'src': src, 'verdict': v}) + '\n')
