class Capture:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("exception", t.__name__ if t else None, "through", names)
        return True

def level2():
    raise KeyError("deep")

def level1():
    level2()

with Capture():
    level1()
with Capture():
    [].pop()
with Capture():
    pass
print("all suppressed")
