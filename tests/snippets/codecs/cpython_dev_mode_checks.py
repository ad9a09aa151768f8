# In development mode (-X dev) str.encode, bytes.decode, bytes(str, ...) and str(bytes, ...) look up the
# encoding and the error handler even when the data never needs them; outside it they don't (test_bytes,
# test_unicode test_check_encoding_errors). Decoding no data needs no codec at all.
import subprocess
import sys

code = r'''
import sys
print(sys.flags.dev_mode)
for T in (bytes, bytearray, str):
    for data in ('', 'short'):
        for kw in [dict(encoding='Boom'), dict(encoding='ascii', errors='Boom'), dict(encoding='latin1', errors='Boom'),
                   dict(errors='Boom'), dict(encoding='utf8', errors='ignore')]:
            try:
                if T is str:
                    r = str(data.encode(), **kw)
                else:
                    r = T(data, **kw) if 'encoding' in kw else T(data.encode()).decode(**kw)
                print(T.__name__, repr(data), kw, 'ok', r)
            except LookupError as e:
                print(T.__name__, repr(data), kw, 'LookupError', e)
            except TypeError as e:
                print(T.__name__, repr(data), kw, 'TypeError', e)
try:
    print(''.encode(errors='Boom'), b''.decode('utf8', 'Boom'))
except LookupError as e:
    print('LookupError', e)
print(repr(b''.decode('hex')), repr(str(b'', 'rot13')))
'''
for flags in ([], ['-X', 'dev']):
    r = subprocess.run([sys.executable, *flags, '-c', code], capture_output=True, text=True)
    print(r.returncode, r.stderr)
    print(r.stdout)
