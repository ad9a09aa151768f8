# __getattr__ and __getattribute__ fallbacks when attributes are missing in hot loops: what __getattr__
# returns or raises (its own AttributeError, name/obj filled in only when it set none), properties that raise.
class G:
    def __getattr__(self, name):
        if name.startswith("ok"): return name.upper()
        raise AttributeError(f"custom {name}")
class H:
    def __getattribute__(self, name):
        if name == "x": return 1
        raise AttributeError(name, "from getattribute")
class Both(H):
    def __getattr__(self, name): return "fallback:" + name
class Prop:
    @property
    def bad(self): raise AttributeError("inside property")
    def __getattr__(self, name): return "getattr:" + name
class Prop2:
    @property
    def bad(self): return self.inner_missing
class Named:
    def __getattr__(self, name): raise AttributeError("named", name="given", obj=42)
g, h, b, pr, pr2, nm = G(), H(), Both(), Prop(), Prop2(), Named()
def main():
    out = []
    for i in range(1200):
        out.append(g.ok_one)
        try: g.missing
        except AttributeError as e: e1 = e
        try: h.y
        except AttributeError as e: e2 = e
        try: g.meth()
        except AttributeError as e: e3 = e
        v = b.z
        w = pr.bad
        try: pr2.bad
        except AttributeError as e: e4 = e
        try: nm.q
        except AttributeError as e: e5 = e
    print(out[-1], v, w, h.x, len(out))
    for e in (e1, e2, e3, e4, e5):
        print(e.args, e.name, type(e.obj).__name__, e.__traceback__.tb_lineno, e.__traceback__.tb_next is not None)
main()
