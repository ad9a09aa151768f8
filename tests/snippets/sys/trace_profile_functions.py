# settrace/gettrace and setprofile/getprofile store and return the function
import sys
print(sys.gettrace(), sys.getprofile())
def tracer(frame, event, arg):
    return None
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.getprofile())
for call in [lambda: sys.settrace(), lambda: sys.settrace(1, 2), lambda: sys.gettrace(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
