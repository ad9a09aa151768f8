# getattr's default and hasattr swallow AttributeError only
class P:
    @property
    def missing(self):
        raise AttributeError("computed missing")
    @property
    def broken(self):
        raise ValueError("broken property")
p = P()
print(getattr(p, "missing", "dflt"), hasattr(p, "missing"))
try:
    getattr(p, "broken", "dflt")
except ValueError as e:
    print("ValueError:", e)
try:
    hasattr(p, "broken")
except ValueError as e:
    print("ValueError:", e)
class G:
    def __getattr__(self, name):
        return name.upper()
print(getattr(G(), "abc"), hasattr(G(), "anything"))
