# sys.audit and sys.addaudithook
import sys
events = []
def hook(event, args):
    if event.startswith("test."):
        events.append((event, args))
sys.addaudithook(hook)
sys.audit("test.one")
sys.audit("test.two", 1, "x")
print(events)
def veto(event, args):
    if event == "test.veto":
        raise RuntimeError("vetoed " + repr(args))
sys.addaudithook(veto)
try:
    sys.audit("test.veto", 5)
except RuntimeError as e:
    print("RuntimeError:", e)
for call in [lambda: sys.audit(), lambda: sys.audit(1), lambda: sys.addaudithook()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
