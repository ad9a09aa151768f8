# print()'s argument errors
import sys
for kwargs in [{"sep": 1}, {"end": 2}, {"foo": 3}, {"file": 5}, {"sep": b"x"}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
