# print writes str(obj) pieces to any object with a write method
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

c = Collector()
print("x", 1, [2], sep="+", end="!", file=c)
print(c.parts)

class Shows:
    def __str__(self):
        return "str form"
    def __repr__(self):
        return "repr form"
print(Shows(), [Shows()], (Shows(),), {"k": Shows()})
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
