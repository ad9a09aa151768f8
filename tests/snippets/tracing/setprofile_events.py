import sys

log = []

def profiler(frame, event, arg):
    if event.startswith("c_"):
        log.append((event, frame.f_code.co_name, getattr(arg, "__name__", None)))
    else:
        log.append((event, frame.f_code.co_name, arg if isinstance(arg, (int, type(None))) else type(arg).__name__))

def work(items):
    items.append(len(items))
    return sorted(items)

def boom():
    return int("x")

sys.setprofile(profiler)
work([3, 1])
try:
    boom()
except ValueError:
    pass
sys.setprofile(None)
print(*log, sep="\n")
print(sys.getprofile())
