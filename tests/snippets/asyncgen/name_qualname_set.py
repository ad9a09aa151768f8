# __name__ and __qualname__ of an async generator are writable strings


async def agen():
    yield 1


ag = agen()
ag.__name__ = "renamed"
ag.__qualname__ = "Outer.renamed"
print(ag.__name__, ag.__qualname__)
print(repr(ag).split(" at ")[0])
for attr in ("__name__", "__qualname__"):
    try:
        setattr(ag, attr, 42)
    except TypeError as e:
        print("TypeError:", e)
for attr in ("ag_running", "ag_frame", "ag_code", "ag_await"):
    try:
        setattr(ag, attr, None)
    except AttributeError as e:
        print("AttributeError:", attr)
