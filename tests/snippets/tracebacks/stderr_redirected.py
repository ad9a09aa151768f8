# The report goes through sys.stderr.write, so replacing sys.stderr captures it; None silences it.
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")

cap = Capture()
real = sys.stderr
sys.stderr = cap
try:
    {}["k"]
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
sys.excepthook(int, 5, None)
sys.stderr = real
text = "".join(cap.parts)
print(text.replace(__file__, "FILE"))
print(cap.parts[-1], sum(1 for p in cap.parts for ch in p if ch == "\n"))
sys.stderr = None
raise ValueError("nobody sees this")
