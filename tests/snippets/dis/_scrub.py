# Helper: dis output with object addresses replaced (they differ from run to run) and the snippets' folder
# written {DIR} (code objects print their absolute file name).
import io
import dis
import os

_DIR = os.path.dirname(os.path.abspath(__file__))

def scrub(text):
    out = []
    i = 0
    while i < len(text):
        j = text.find(' at 0x', i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j] + ' at 0x?')
        k = j + 6
        while k < len(text) and text[k] in '0123456789abcdef':
            k += 1
        i = k
    return ''.join(out).replace(_DIR, '{DIR}')

def show(x, **kw):
    buf = io.StringIO()
    dis.dis(x, file=buf, **kw)
    print(scrub(buf.getvalue()), end='')
