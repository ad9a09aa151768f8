import marshal
class StrReader:
    def read(self, n):
        return "x"
class ReadOnly:
    def read(self, n):
        return b""
class NoRead: pass
for f in (StrReader(), ReadOnly(), NoRead(), None):
    try:
        marshal.load(f)
    except Exception as e:
        print(type(e).__name__, e)
