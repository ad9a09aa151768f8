"""Records utf8_errors.jsonl: str(UnicodeDecodeError) of python3.11 decoding byte strings as
UTF-8, for SourceText.Utf8DecodeError. Run: /usr/bin/python3.11 tests/Krait.Syntax.Tests/Tokenizer/record_utf8.py"""
import base64, json, os
CASES = [b'\xff', b'a\xff', b'\xe2\x82a', b'\xe2\x82', b'\xe2', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xf0\x9f\x98a',
         b'\xc3', b'\xc3a', b'\xf5', b'\xe0\x80', b'\xf4\x90', b'\xc0\xaf', b'\x80', b'\xbf\xbf', b'ab\xc3\xa9\xff',
         b'\xe2\xc3\xa9', b'\xf0\x9f\x98\x80\xff', b'\xf0\x90\x80', b'\xf0\x90\x80\xe2', b'x\xe2\x82\xac\xe2\x82',
         b'\xc2\x7f', b'\xef\xbf', b'\xef\xbf\xbf\x80', b'\xf4\x8f\xbf\xbf\xf4\x90\x80\x80']
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'utf8_errors.jsonl'), 'w') as f:
    for b in CASES:
        try:
            b.decode('utf-8')
            msg = None
        except UnicodeDecodeError as e:
            msg = str(e)
        f.write(json.dumps({"bytes": base64.b64encode(b).decode(), "error": msg}) + "\n")
