import sys
events = []
def hook(event, args):
    if event.startswith("custom."):
        events.append((event, args))
sys.addaudithook(hook)
sys.audit("custom.one")
sys.audit("custom.two", 1, "x", None)
print(events)
try:
    sys.audit()
except TypeError as ex:
    print("TypeError:", ex)
try:
    sys.audit(1)
except TypeError as ex:
    print("TypeError:", ex)
def failing(event, args):
    if event == "custom.fail":
        raise RuntimeError("hook refused")
sys.addaudithook(failing)
try:
    sys.audit("custom.fail")
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(events[-1])
try:
    sys.addaudithook()
except TypeError as ex:
    print("TypeError:", ex)
