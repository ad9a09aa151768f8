import sys
h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, len(h), h.firstiter, h.finalizer)
def fi(ag):
    pass
sys.set_asyncgen_hooks(firstiter=fi)
print(sys.get_asyncgen_hooks().firstiter is fi, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for bad in ((1,), (None, 2)):
    try:
        sys.set_asyncgen_hooks(*bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    sys.set_asyncgen_hooks(bogus=1)
except TypeError as ex:
    print("TypeError:", ex)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(depth=0)
print(sys.get_coroutine_origin_tracking_depth())
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as ex:
    print("ValueError:", ex)
try:
    sys.set_coroutine_origin_tracking_depth("1")
except TypeError as ex:
    print("TypeError:", ex)
print(sys.getdlopenflags())
sys.setdlopenflags(258)
print(sys.getdlopenflags())
print(sys._clear_type_cache(), type(sys._current_frames()).__name__, type(sys._current_exceptions()).__name__)
print(list(sys._current_frames().values())[0] is sys._getframe())
print(type(sys._git).__name__, len(sys._git), sys._framework, sys._home)
